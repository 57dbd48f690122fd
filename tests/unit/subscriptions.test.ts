import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  filterEvents,
  justEnded,
  notificationText,
  setNotify,
  subscriptionFor,
  toggleKind,
  wantsNotification,
} from "@/lib/subscriptions";
import type { TimelineEvent } from "@/lib/timeline";
import { run } from "./helpers/hops";

const A = "agent:main:a";
const runScope = { runId: "r1", sessionKey: A };
const sessionScope = { runId: null, sessionKey: A };

describe("subscriptions", () => {
  it("show every kind and notify of nothing by default", () => {
    assert.deepEqual(subscriptionFor({}, runScope), {
      kinds: ["tool", "assistant", "lifecycle", "chat"],
      notify: false,
    });
  });

  it("let a run inherit its session's choice until it makes its own", () => {
    const subs = toggleKind({}, sessionScope, "tool");
    assert.deepEqual(subscriptionFor(subs, runScope).kinds, ["assistant", "lifecycle", "chat"]);
    const own = toggleKind(subs, runScope, "tool");
    assert.deepEqual(subscriptionFor(own, runScope).kinds, ["tool", "assistant", "lifecycle", "chat"]);
    assert.deepEqual(Object.keys(own), ["session:agent:main:a", "run:r1"]);
  });

  it("drop a subscription that says what it would inherit anyway, and keep the last kind shown", () => {
    const subs = toggleKind(toggleKind({}, runScope, "chat"), runScope, "chat");
    assert.deepEqual(subs, {});
    let one = {};
    for (const kind of ["tool", "assistant", "lifecycle", "chat"] as const)
      one = toggleKind(one, runScope, kind);
    assert.deepEqual(subscriptionFor(one, runScope).kinds, ["chat"]);
  });

  it("notify of a run that ends when it, its session or the followed trail asks for it", () => {
    const done = run("r1", A, { status: "failed" });
    assert.equal(wantsNotification({}, done, new Set()), false);
    assert.equal(wantsNotification(setNotify({}, runScope, true), done, new Set()), true);
    assert.equal(wantsNotification(setNotify({}, sessionScope, true), run("r9", A), new Set()), true);
    assert.equal(wantsNotification({}, done, new Set(["r1"])), true);
  });

  it("see a run end once: from not over (or unknown) to over", () => {
    assert.equal(justEnded("running", run("r1", A, { status: "completed" })), true);
    assert.equal(justEnded(undefined, run("r1", A, { status: "aborted" })), true);
    assert.equal(justEnded("completed", run("r1", A, { status: "completed" })), false);
    assert.equal(justEnded("queued", run("r1", A, { status: "running" })), false);
  });

  it("word the notification with the session's name and the error or reply", () => {
    assert.deepEqual(notificationText(run("r1", A, { status: "failed", error: "boom" }), "Planner"), {
      title: "Run failed · Planner",
      body: "boom",
    });
    assert.equal(notificationText(run("r1", A, { reply: "x".repeat(300) }), null).body.length, 180);
  });
});

describe("filterEvents", () => {
  const base = { runId: "r1", sessionKey: A, seq: null, ts: 1 };
  const events: TimelineEvent[] = [
    { ...base, cursor: 1, kind: "lifecycle", phase: "start", error: null, aborted: false, stopReason: null },
    {
      ...base,
      cursor: 2,
      kind: "tool",
      phase: "start",
      name: "read",
      toolCallId: "c1",
      parentToolCallId: null,
      isError: false,
    },
    { ...base, cursor: 3, kind: "message", role: "user", text: "hi", messageId: null, provenance: null },
  ];

  it("hides the kinds left out and keeps the rest, and everything when all are shown", () => {
    assert.deepEqual(
      filterEvents(events, ["lifecycle"]).map((e) => e.cursor),
      [1, 3],
    );
    assert.equal(filterEvents(events, ["tool", "assistant", "lifecycle", "chat"]), events);
  });
});
