import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRunSearch } from "@/lib/run-filters";

describe("filtering the runs list", () => {
  it("keeps only valid filters from the URL", () => {
    assert.deepEqual(
      parseRunSearch({ status: "bogus", since: "1h", handoffs: "maybe", tool: " web_fetch " }),
      {
        session: undefined,
        agent: undefined,
        status: undefined,
        tool: "web_fetch",
        since: "1h",
        handoffs: undefined,
      },
    );
  });
});
