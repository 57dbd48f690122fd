import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SendMessageRequest } from "@/lib/dispatch";
import {
  draftRequest,
  emptyDraft,
  newIdempotencyKey,
  parseDraft,
  receiptState,
  receiptSteps,
  renewDraft,
  searchSessions,
} from "@/lib/send-draft";
import type { SessionSummary } from "@/lib/sessions";

const session = (sessionKey: string, label: string | null = null): SessionSummary => ({
  sessionKey,
  agentId: "main",
  label,
  displayName: null,
  kind: null,
  channel: null,
  gatewayStatus: null,
  runs: 0,
  activeRuns: 0,
  lastActivityAt: null,
});

describe("newIdempotencyKey", () => {
  it("makes keys the API accepts, a new one each time", () => {
    const [a, b] = [newIdempotencyKey(), newIdempotencyKey()];
    assert.ok(SendMessageRequest.safeParse({ message: "hi", idempotencyKey: a }).success);
    assert.notEqual(a, b);
  });
});

describe("the draft", () => {
  it("survives a reload as stored, and a broken one is dropped", () => {
    const draft = { ...emptyDraft("sb-0123456789"), sessionKey: "agent:main:a", message: "hello" };
    assert.deepEqual(parseDraft(JSON.parse(JSON.stringify(draft))), draft);
    assert.equal(parseDraft({ message: 3 }), null);
    assert.equal(parseDraft({ ...draft, idempotencyKey: "no spaces allowed" }), null);
  });

  it("keeps its key for retries and gets a new one, and an empty message, only when renewed", () => {
    const draft = {
      ...emptyDraft("sb-first-key"),
      sessionKey: "agent:main:a",
      message: "hello",
      follow: false,
    };
    const request = draftRequest(draft);
    assert.ok(request.ok);
    assert.equal(request.send.idempotencyKey, "sb-first-key");
    assert.deepEqual(renewDraft(draft, "agent:main:a", "sb-second-key"), {
      ...draft,
      message: "",
      idempotencyKey: "sb-second-key",
    });
  });
});

describe("draftRequest", () => {
  it("says what is missing", () => {
    const request = draftRequest(emptyDraft("sb-0123456789"));
    assert.deepEqual(request, {
      ok: false,
      problems: ["Pick a session, or create a new one.", "Write a message to send."],
    });
  });

  it("creates the new session first, with blank fields left out", () => {
    const draft = {
      ...emptyDraft("sb-0123456789"),
      message: "go",
      newSession: { agentId: " main ", key: "", label: "" },
    };
    const request = draftRequest(draft);
    assert.ok(request.ok);
    assert.deepEqual(request.create, { agentId: "main" });
    assert.equal(request.sessionKey, null);
  });

  it("names a bad new-session field", () => {
    const draft = {
      ...emptyDraft("sb-0123456789"),
      message: "go",
      newSession: { agentId: "no spaces", key: "", label: "" },
    };
    const request = draftRequest(draft);
    assert.ok(!request.ok);
    assert.match(request.problems[0]!, /agent id/);
  });
});

describe("searchSessions", () => {
  const sessions = [
    session("agent:main:demo-researcher", "Researcher"),
    session("agent:main:demo-writer"),
    session("agent:ops:pager", "On call"),
  ];

  it("matches every word against label and key", () => {
    assert.deepEqual(
      searchSessions(sessions, "demo res").map((s) => s.sessionKey),
      ["agent:main:demo-researcher"],
    );
    assert.deepEqual(
      searchSessions(sessions, "CALL").map((s) => s.sessionKey),
      ["agent:ops:pager"],
    );
    assert.equal(searchSessions(sessions, "  ").length, 3);
  });
});

describe("receipt", () => {
  const route = (disposition: "queued" | "steered" | "collected") => ({
    disposition,
    acceptedAt: 1,
    behindRunId: "busy",
    carrierRunId: null,
  });

  it("follows the run's status: accepted until it is known, then started, completed or failed", () => {
    assert.deepEqual(
      [null, "queued", "running", "completed", "failed", "aborted"].map((status) =>
        receiptState(status === null ? null : { status: status as never, route: null }),
      ),
      ["accepted", "accepted", "started", "completed", "failed", "failed"],
    );
  });

  it("says queued while a busy session holds it, steered when it joined the running turn, collected when merged", () => {
    assert.equal(receiptState({ status: "queued", route: route("queued") }), "queued");
    assert.equal(receiptState({ status: "running", route: route("steered") }), "steered");
    assert.equal(receiptState({ status: "queued", route: route("collected") }), "collected");
    assert.equal(receiptState({ status: "completed", route: route("queued") }), "completed");
  });

  it("lists the steps reached, with the queue when the session was busy", () => {
    assert.deepEqual(receiptSteps("started", false), [
      { step: "accepted", reached: true },
      { step: "started", reached: true },
      { step: "completed", reached: false },
    ]);
    assert.deepEqual(
      receiptSteps("failed", false).map((s) => s.step),
      ["accepted", "started", "failed"],
    );
    assert.deepEqual(
      receiptSteps("queued", true).map((s) => `${s.step}:${s.reached}`),
      ["accepted:true", "queued:true", "started:false", "completed:false"],
    );
    assert.deepEqual(
      receiptSteps("completed", true).map((s) => s.reached),
      [true, true, true, true],
    );
  });
});
