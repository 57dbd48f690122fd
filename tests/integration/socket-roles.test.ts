import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { SOCKET_EVENT_ROLES, type SubscribeReply } from "@/lib/socket";
import { ROLES_BELOW, type Actor } from "../support/api-client";
import { startTestSwitchboard, type ClientSocket } from "../support/switchboard-harness";

/** A sample payload per client event: an event added without one fails here first. */
const PAYLOADS: Record<keyof typeof SOCKET_EVENT_ROLES, unknown[]> = {
  "feed:subscribe": [],
  "run:subscribe": [{ runId: "r1", after: 0 }],
  "run:unsubscribe": [{ runId: "r1" }],
};

describe("who may send each socket event", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => (sb = await startTestSwitchboard()));
  after(async () => sb.stop());

  /** Emits with an ack; run:unsubscribe has none, so a refusal is told by the ack alone. */
  const emit = async (as: Actor, event: string, args: unknown[]): Promise<SubscribeReply | "no answer"> => {
    const socket: ClientSocket = sb.connect(as);
    try {
      await new Promise((resolve, reject) => {
        socket.once("connect", () => resolve(null));
        socket.once("connect_error", reject);
      });
      return await new Promise((resolve) => {
        (socket.timeout(2000) as unknown as { emit(...a: unknown[]): void }).emit(
          event,
          ...args,
          (error: Error | null, reply: SubscribeReply) => resolve(error ? "no answer" : reply),
        );
      });
    } finally {
      socket.disconnect();
    }
  };

  for (const [event, role] of Object.entries(SOCKET_EVENT_ROLES)) {
    it(`${event}: refused below ${role}, answered for ${role}`, async () => {
      const args = PAYLOADS[event as keyof typeof PAYLOADS];
      for (const below of ROLES_BELOW[role]) {
        const reply = await emit(below, event, args);
        assert.ok(reply !== "no answer" && !reply.ok && /NOT_PERMITTED/.test(reply.error), `${below}`);
      }
      const allowed = await emit(role, event, args);
      assert.ok(allowed === "no answer" || allowed.ok || !/NOT_PERMITTED/.test(allowed.error), role);
    });
  }

  it("refuses an event the server does not declare", async () => {
    const reply = await emit("admin", "run:delete", [{ runId: "r1" }]);
    assert.ok(reply !== "no answer" && !reply.ok);
    assert.match(reply.error, /unknown event run:delete/);
  });
});
