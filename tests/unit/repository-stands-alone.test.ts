import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { describe, it } from "node:test";

const ROOT = resolve(import.meta.dirname, "..", "..");

/** Every file a clone has (tracked, plus new files not ignored), as paths relative to the root. */
const FILES = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => f.length > 0 && existsSync(join(ROOT, f)));

/** Text a person or a program reads: code, scripts, configs and docs (not lock files or recordings). */
const TEXT = FILES.filter((f) => /\.(ts|tsx|mjs|cjs|js|json|md|css|sh|ya?ml)$|^\.ci\//.test(f))
  .filter((f) => !/(^|\/)package-lock\.json$|^tests\/fixtures\//.test(f))
  // This file holds examples of what it looks for.
  .filter((f) => f !== relative(ROOT, import.meta.filename));

const inside = (path: string) => path === ROOT || path.startsWith(ROOT + sep);

/** `join(import.meta.dirname, "..", "..")` and its kin: the folder such a call names. */
const ANCHORED_JOIN =
  /(?:join|resolve)\(\s*(?:import\.meta\.dirname|__dirname|dirname\([^()]*(?:\([^()]*\))?[^()]*\))\s*((?:,\s*["']\.\.["']\s*)+)/g;
const RELATIVE_LITERAL = /["'`](\.\.?\/[^"'`\s$]*)["'`]/g;
const MARKDOWN_LINK = /\]\((?!https?:|#|mailto:)([^)\s#]+)/g;
const MD_NAME = /(?<![\w/.-])([\w.-]+\.md)\b/g;

function* outsideReferences(file: string): Generator<string> {
  const text = readFileSync(join(ROOT, file), "utf8");
  const here = dirname(join(ROOT, file));
  for (const [whole, ups = ""] of text.matchAll(ANCHORED_JOIN)) {
    const levels = (ups.match(/\.\./g) ?? []).length;
    if (!inside(resolve(here, ...Array<string>(levels).fill("..")))) yield whole;
  }
  for (const [, path = ""] of text.matchAll(RELATIVE_LITERAL)) if (!inside(resolve(here, path))) yield path;
  if (file.endsWith(".md")) {
    for (const [, path = ""] of text.matchAll(MARKDOWN_LINK)) if (!inside(resolve(here, path))) yield path;
  }
  for (const [path] of text.matchAll(/\/work\/[\w./-]+|\bshared\/fixtures\b/g)) yield path;
}

describe("the repository stands alone", () => {
  it("finds the files it checks", () => {
    assert.ok(TEXT.length > 100, `only ${TEXT.length} text files found`);
    assert.ok(TEXT.includes("server/main.ts") && TEXT.includes("README.md"));
  });

  it("no source, test, script or doc refers to a path above the repository root", () => {
    const offenders = TEXT.flatMap((file) => [...outsideReferences(file)].map((ref) => `${file}: ${ref}`));
    assert.deepEqual(offenders, []);
  });

  it("every document a file names (a file ending in .md) is in the repository", () => {
    const docs = new Set(FILES.filter((f) => f.endsWith(".md")).map((f) => basename(f)));
    const missing = TEXT.flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(MD_NAME)]
        .map(([, name = ""]) => name)
        .filter((name) => !docs.has(name))
        .map((name) => `${file} names ${name}`),
    );
    assert.deepEqual(missing, []);
  });

  it("markdown links point at files that exist", () => {
    const broken = TEXT.filter((f) => f.endsWith(".md")).flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(MARKDOWN_LINK)]
        .map(([, path = ""]) => path)
        .filter((path) => !existsSync(resolve(ROOT, dirname(file), path)))
        .map((path) => `${file} → ${relative(ROOT, resolve(ROOT, dirname(file), path))}`),
    );
    assert.deepEqual(broken, []);
  });

  it("the detectors catch what they are for", () => {
    // Built at run time, so that this file itself does not read as a reference outside the tree.
    const up = `${".."}/`;
    const probe = (text: string) =>
      [...text.matchAll(ANCHORED_JOIN), ...text.matchAll(RELATIVE_LITERAL)].length;
    assert.equal(probe(`join(import.meta.dirname, ${Array(3).fill('".."').join(", ")}, "x")`), 1);
    assert.equal(probe(`readFileSync("${up}x/fixtures/x.jsonl")`), 1);
    assert.equal([...`see some-notes.md §4`.matchAll(MD_NAME)][0]?.[1], "some-notes.md");
    assert.equal([...`[x](${up}${up}x/UI.md)`.matchAll(MARKDOWN_LINK)][0]?.[1], `${up}${up}x/UI.md`);
  });
});
