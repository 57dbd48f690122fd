import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deliveryWords, queueWords, targetWords } from "@/lib/hop-words";
import { hop } from "./helpers/hops";

const B = "agent:main:b";
const name = (key: string) => (key === B ? "B" : key);

describe("a hop in plain words", () => {
  const queued = hop("h", ["ra", "agent:main:a"], [null, B], "queued", {
    queuedBehindRunId: "7f3a9c21-busy",
    timestamps: { sentAt: 1000, acceptedAt: 1100 },
  });

  it("says how long a message has waited behind a busy target's run, ticking, then how long it waited", () => {
    assert.equal(queueWords(queued, name, 5300), "queued behind run 7f3a9c21… for 4 s so far");
    const ran = {
      ...queued,
      state: "started" as const,
      timestamps: { ...queued.timestamps, startedAt: 12_000 },
    };
    assert.equal(queueWords(ran, name, 99_000), "queued behind run 7f3a9c21… for 10 s");
  });

  it("says a steered message joined the target's running turn, and nothing for one that never waited", () => {
    assert.equal(queueWords({ ...queued, disposition: "steered" }, name, 0), "steered into B's running turn");
    assert.equal(queueWords({ ...queued, queuedBehindRunId: null }, name, 0), null);
  });

  it("names the session, or the label that named no session", () => {
    assert.equal(targetWords(queued, name), "B");
    assert.equal(targetWords({ ...queued, targetLabel: "b-label" }, name), "B (label b-label)");
    assert.equal(
      targetWords({ ...queued, targetSessionKey: null, targetLabel: "sb-x" }, name),
      "label sb-x (no such session)",
    );
  });

  it("never calls a pending reply delivery delivered", () => {
    const pending = { ...queued, delivery: { status: "pending", mode: "announce" } };
    assert.equal(deliveryWords(pending), "reply to the caller pending by announce: not delivered yet");
    assert.equal(deliveryWords({ ...pending, state: "replied" as const }), null);
    assert.match(
      deliveryWords({ ...queued, delivery: { status: "skipped", mode: "announce" } }) ?? "",
      /no reply goes back/,
    );
  });
});
