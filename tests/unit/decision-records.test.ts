import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

const DIR = join(import.meta.dirname, "..", "..", "docs", "decisions");
const records = readdirSync(DIR).filter((f) => /^\d{3}-.+\.md$/.test(f));

describe("decision records", () => {
  // Parallel branches each get a block of ten numbers (010–019, 020–029, …): a block may start
  // after a gap, but within it numbers follow each other.
  it("are numbered without repeats, and without gaps inside a block of ten", () => {
    const numbers = records.map((f) => Number(f.slice(0, 3)));
    assert.equal(new Set(numbers).size, numbers.length);
    assert.equal(numbers[0], 0);
    for (const n of numbers) if (n % 10 !== 0) assert.ok(numbers.includes(n - 1), `${n} follows ${n - 1}`);
  });

  for (const file of records) {
    it(`${file} follows the template: a numbered title, then context, decision, consequences`, () => {
      const text = readFileSync(join(DIR, file), "utf8");
      const headings = [...text.matchAll(/^##? .*/gm)].map(([h]) => h.replace(/ —.*/, " —"));
      assert.deepEqual(headings, [`# ${file.slice(0, 3)} —`, "## Context", "## Decision", "## Consequences"]);
    });
  }
});
