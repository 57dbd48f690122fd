import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hopFiltersOf, parseHopSearch } from "@/lib/hop-filters";

describe("hop filters in the URL", () => {
  it("keeps the valid filters and ignores the rest", () => {
    assert.deepEqual(parseHopSearch({ session: "agent:main:a", state: "caller_released", since: "1h" }), {
      session: "agent:main:a",
      state: "caller_released",
      since: "1h",
    });
    assert.deepEqual(parseHopSearch({ session: "", state: "lost", since: "3y", other: "x" }), {
      session: undefined,
      state: undefined,
      since: undefined,
    });
    assert.deepEqual(parseHopSearch({ session: ["a", "b"] }), {
      session: undefined,
      state: undefined,
      since: undefined,
    });
  });

  it("turns since into a time before now", () => {
    assert.deepEqual(hopFiltersOf({ since: "15m", state: "sent" }, 1_000_000), {
      session: undefined,
      state: "sent",
      since: 100_000,
    });
    assert.equal(hopFiltersOf({}, 5).since, undefined);
  });
});
