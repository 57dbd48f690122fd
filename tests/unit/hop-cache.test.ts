import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Alert } from "@/lib/alerts";
import { applyHopUpdate, flattenHops, matchesHopFilters, upsertAlert } from "@/lib/hop-cache";
import type { HopsPage } from "@/lib/hops";
import { hop } from "./helpers/hops";

const A = "agent:main:a";
const B = "agent:main:b";
const sent = (id: string, sentAt: number, state: Parameters<typeof hop>[3] = "sent") =>
  hop(id, ["r1", A], ["r2", B], state, { timestamps: { sentAt } });
const page = (hops: ReturnType<typeof hop>[], nextCursor: string | null = null): HopsPage => ({
  hops,
  nextCursor,
});
const ids = (pages: HopsPage[]) => pages.map((p) => p.hops.map((h) => h.hopId));

describe("matchesHopFilters", () => {
  it("matches a session at either end, the state, and a send time at or after since", () => {
    const h = sent("h", 5000);
    assert.equal(matchesHopFilters(h, { session: A }), true);
    assert.equal(matchesHopFilters(h, { session: B }), true);
    assert.equal(matchesHopFilters(h, { session: "agent:main:c" }), false);
    assert.equal(matchesHopFilters(h, { state: "sent", since: 5000 }), true);
    assert.equal(matchesHopFilters(h, { state: "completed" }), false);
    assert.equal(matchesHopFilters(h, { since: 5001 }), false);
  });
});

describe("applyHopUpdate", () => {
  it("puts a new hop on top and replaces a known one where it is", () => {
    const pages = [page([sent("b", 2000), sent("a", 1000)])];
    assert.deepEqual(ids(applyHopUpdate(pages, sent("c", 3000), {})), [["c", "b", "a"]]);
    const next = applyHopUpdate(pages, sent("a", 1000, "delivered"), {});
    assert.deepEqual(ids(next), [["b", "a"]]);
    assert.equal(next[0]!.hops[1]!.state, "delivered");
  });

  it("drops a hop that leaves the state filter and ignores one that does not match", () => {
    const pages = [page([sent("a", 1000)])];
    assert.deepEqual(ids(applyHopUpdate(pages, sent("a", 1000, "started"), { state: "sent" })), [[]]);
    assert.equal(applyHopUpdate(pages, sent("x", 9000, "started"), { state: "sent" }), pages);
  });

  it("leaves an old hop to Load more, and changes nothing before the first page", () => {
    const pages = [page([sent("a", 5000)], "7")];
    assert.equal(applyHopUpdate(pages, sent("old", 10), {}), pages);
    assert.deepEqual(applyHopUpdate([], sent("a", 1), {}), []);
  });
});

describe("flattenHops", () => {
  it("shows a hop that moved between pages once", () => {
    assert.deepEqual(
      flattenHops([page([sent("a", 2)]), page([sent("a", 2), sent("b", 1)])]).map((h) => h.hopId),
      ["a", "b"],
    );
  });
});

describe("upsertAlert", () => {
  const alert = (alertId: string, at: number, message = "m"): Alert => ({
    alertId,
    kind: "loop",
    rootRunId: "r1",
    hopId: null,
    message,
    sessions: [],
    at,
    breaksAt: null,
    endedAt: null,
  });

  it("replaces an alert raised again and keeps the newest first", () => {
    const alerts = [alert("b", 20), alert("a", 10)];
    const next = upsertAlert(alerts, alert("a", 30, "2 turns"));
    assert.deepEqual(
      next.map((a) => [a.alertId, a.message]),
      [
        ["a", "2 turns"],
        ["b", "m"],
      ],
    );
    assert.deepEqual(
      upsertAlert(alerts, alert("c", 15)).map((a) => a.alertId),
      ["b", "c", "a"],
    );
  });
});
