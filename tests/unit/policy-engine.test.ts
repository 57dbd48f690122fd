import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Hop } from "@/lib/hops";
import { HandoffPolicies, type PolicyNote } from "@/lib/policies";
import type { GatewayOperations } from "@/server/gateway/operations";
import { createPolicyEngine } from "@/server/policies/engine";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import { untilTrue as until } from "../support/until";
import { hop as hopBetween } from "./helpers/hops";

const hop: Hop = hopBetween("r1:c1", ["r1", "agent:main:a"], ["r2", "agent:main:b"], "delivered", {
  toolCallId: "c1",
  messagePreview: "",
  timestamps: { sentAt: 1, deliveredAt: 2 },
});

/** A gateway that records what was posted, failing the first `failures` posts. */
function fakeGateway(failures = 0, route: Awaited<ReturnType<GatewayOperations["channelRoute"]>> = null) {
  const posted: string[] = [];
  let left = failures;
  const ops = {
    async transcriptHasNote(sessionKey: string, text: string) {
      return posted.includes(`${sessionKey}: ${text}`);
    },
    async injectNote(sessionKey: string, message: string) {
      if (left-- > 0) throw new Error("gateway hiccup");
      posted.push(`${sessionKey}: ${message}`);
    },
    async channelRoute() {
      return route;
    },
    async sendToChannel(sessionKey: string, r: unknown, message: string) {
      posted.push(`channel ${sessionKey}: ${message}`);
    },
    async abortRun(sessionKey: string, runId: string) {
      posted.push(`abort ${runId}`);
      return { aborted: true, runIds: [runId] };
    },
  } as unknown as GatewayOperations;
  return { ops, posted };
}

function engine(
  policies: unknown,
  ops: GatewayOperations,
  path: string[] = ["agent:main:a"],
  store = createSqliteStore({ file: ":memory:" }),
) {
  const shown = new Map<string, PolicyNote[]>();
  const e = createPolicyEngine({
    policies: HandoffPolicies.parse(policies),
    store,
    operations: () => ops,
    sessionPath: () => path,
    hopInto: () => null,
    annotate: (id, notes) => shown.set(id, notes),
    log: () => {},
  });
  const settle = () => new Promise((r) => setTimeout(r, 50));
  return { e, store, shown, settle };
}

const notes = {
  autoAcknowledge: { template: "ack from {sender}" },
  deliveryConfirmation: { template: "confirmed {target_session}" },
};

describe("the handoff policy engine", () => {
  it("acknowledges in the target, then confirms in the caller, once, however often the hop moves", async () => {
    const { ops, posted } = fakeGateway();
    const { e, shown, settle } = engine(notes, ops);
    e.hops([hop]);
    e.hops([{ ...hop, state: "started" }]);
    e.hops([{ ...hop, state: "completed" }]);
    await until(() => shown.get(hop.hopId)?.length === 2, "both notes");
    await settle(); // and nothing more after them
    assert.deepEqual(posted, ["agent:main:b: ack from agent:main:a", "agent:main:a: confirmed agent:main:b"]);
    assert.deepEqual(
      shown.get(hop.hopId)?.map((n) => [n.action, n.status]),
      [
        ["acknowledge", "done"],
        ["confirm", "done"],
      ],
    );
  });

  it("does nothing before the hop is delivered", async () => {
    const { ops, posted } = fakeGateway();
    const { e, settle } = engine(notes, ops);
    e.hops([{ ...hop, state: "sent", timestamps: { ...hop.timestamps, deliveredAt: null } }]);
    await settle();
    assert.deepEqual(posted, []);
  });

  it("retries a failed post with backoff and shows the tries", async () => {
    const { ops, posted } = fakeGateway(1);
    const { e, shown } = engine({ autoAcknowledge: notes.autoAcknowledge }, ops);
    e.hops([hop]);
    await until(() => shown.get(hop.hopId)?.[0]?.status === "done", "the second try");
    assert.deepEqual(posted, ["agent:main:b: ack from agent:main:a"]);
    assert.deepEqual(
      shown.get(hop.hopId)?.map((n) => [n.status, n.tries]),
      [["done", 2]],
    );
  });

  it("gives up after three tries and keeps the reason on the hop, never silently", async () => {
    const { ops } = fakeGateway(5);
    const { e, shown } = engine({ autoAcknowledge: notes.autoAcknowledge }, ops);
    e.hops([hop]);
    await until(() => shown.get(hop.hopId)?.[0]?.status === "failed", "the last try");
    const [note] = shown.get(hop.hopId) ?? [];
    assert.deepEqual([note?.status, note?.tries, note?.detail], ["failed", 3, "gateway hiccup"]);
  });

  it("reports a channel delivery without a known channel as a per-hop error", async () => {
    const { ops, posted } = fakeGateway();
    const { e, shown } = engine({ autoAcknowledge: notes.autoAcknowledge, deliverTo: "channel" }, ops);
    e.hops([hop]);
    await until(() => shown.get(hop.hopId)?.[0]?.status === "failed", "the last try");
    assert.deepEqual(posted, []);
    assert.match(
      shown.get(hop.hopId)?.[0]?.detail ?? "",
      /no chat route is known for agent:main:b \(deliverTo: channel\)/,
    );
  });

  it("posts to the session's last channel and thread when it has one", async () => {
    const { ops, posted } = fakeGateway(0, { channel: "telegram", to: "chat-1", threadId: "topic-7" });
    const { e, shown } = engine({ autoAcknowledge: notes.autoAcknowledge, deliverTo: "channel" }, ops);
    e.hops([hop]);
    await until(() => shown.has(hop.hopId), "the post");
    assert.deepEqual(posted, ["channel agent:main:b: ack from agent:main:a"]);
    assert.equal(shown.get(hop.hopId)?.[0]?.detail, "sent to telegram chat-1 thread topic-7");
  });

  it("aborts the calling run when the hop closes a loop, with loopGuard abort", async () => {
    const { ops, posted } = fakeGateway();
    const { e, shown } = engine({ loopGuard: "abort" }, ops, ["agent:main:b", "agent:main:a"]);
    e.hops([{ ...hop, state: "sent", timestamps: { ...hop.timestamps, deliveredAt: null } }]);
    await until(() => shown.has(hop.hopId), "the loop guard");
    assert.deepEqual(posted, ["abort r1"]);
    assert.match(shown.get(hop.hopId)?.[0]?.detail ?? "", /loop: agent:main:b → agent:main:a → agent:main:b/);
  });

  it("acknowledges a message queued behind a busy run at acceptance, and confirms with the disposition", async () => {
    const { ops, posted } = fakeGateway();
    const { e, shown } = engine(
      {
        autoAcknowledge: { template: "got it{queue}" },
        deliveryConfirmation: { template: "{disposition} in {target_session}" },
      },
      ops,
    );
    const queued = {
      ...hop,
      state: "queued" as const,
      queuedBehindRunId: "r0",
      timestamps: { ...hop.timestamps, acceptedAt: 2, deliveredAt: null },
    };
    e.hops([queued]);
    await until(
      () => shown.get(hop.hopId)?.length === 2 && shown.get(hop.hopId)!.every((n) => n.status === "done"),
      "both notes",
    );
    assert.deepEqual(posted, [
      "agent:main:b: got itqueued behind 1 run",
      "agent:main:a: queued in agent:main:b",
    ]);
    assert.deepEqual(
      shown.get(hop.hopId)?.map((n) => n.disposition),
      ["queued", "queued"],
    );
  });

  it("after a crash between post and save, finds the note in the transcript and does not post it again", async () => {
    const { ops, posted } = fakeGateway();
    const store = createSqliteStore({ file: ":memory:" });
    posted.push("agent:main:b: ack from agent:main:a");
    await store.savePolicyNote(hop.hopId, {
      action: "acknowledge",
      status: "pending",
      tries: 1,
      at: Date.now(),
      detail: "posting",
      text: "ack from agent:main:a",
      sessionKey: "agent:main:b",
      disposition: "delivered",
    });
    const { e, shown } = engine(notes, ops, ["agent:main:a"], store);
    e.hops([hop]);
    await until(() => shown.get(hop.hopId)?.[1]?.status === "done", "the confirmation");
    assert.deepEqual(posted, ["agent:main:b: ack from agent:main:a", "agent:main:a: confirmed agent:main:b"]);
    assert.match(
      shown.get(hop.hopId)?.[0]?.detail ?? "",
      /found in the transcript of agent:main:b: not posted again/,
    );
  });

  it("after a crash before the post, posts the stored intent once", async () => {
    const { ops, posted } = fakeGateway();
    const store = createSqliteStore({ file: ":memory:" });
    const intent = {
      action: "acknowledge" as const,
      status: "pending" as const,
      tries: 1,
      at: Date.now(),
      detail: "posting",
    };
    await store.savePolicyNote(hop.hopId, { ...intent, text: "the stored text", sessionKey: "agent:main:b" });
    const { e, shown } = engine({ autoAcknowledge: notes.autoAcknowledge }, ops, ["agent:main:a"], store);
    e.hops([hop]);
    await until(() => shown.get(hop.hopId)?.[0]?.status === "done", "the post");
    assert.deepEqual(posted, ["agent:main:b: the stored text"]);
  });
});
