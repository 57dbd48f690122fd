import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ftsQuery } from "@/server/store/sqlite/search-index";

describe("searching the store", () => {
  it("reads what a person types as words, never as FTS5 syntax", () => {
    assert.equal(ftsQuery('agent:main "x OR'), '"agent:main" """x" "OR"*');
    assert.equal(ftsQuery("   "), null);
  });
});
