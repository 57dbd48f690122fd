import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

const DIR = join(import.meta.dirname, "..", "..", "docs", "decisions");
const records = readdirSync(DIR).filter((f) => /^\d{3}-.+\.md$/.test(f));

describe("decision records", () => {
  // Work in parallel takes numbers from ranges of its own (030–039, …), so gaps are expected.
  it("are numbered without repeats, from 000", () => {
    const numbers = records.map((f) => Number(f.slice(0, 3)));
    assert.equal(numbers[0], 0);
    assert.equal(new Set(numbers).size, numbers.length);
  });

  for (const file of records) {
    it(`${file} follows the template: a numbered title, then context, decision, consequences`, () => {
      const text = readFileSync(join(DIR, file), "utf8");
      const headings = [...text.matchAll(/^##? .*/gm)].map(([h]) => h.replace(/ —.*/, " —"));
      assert.deepEqual(headings, [`# ${file.slice(0, 3)} —`, "## Context", "## Decision", "## Consequences"]);
    });
  }
});
