import { z } from "zod";
import { CreateSessionRequest, DEFAULT_QUEUE_MODE, QueueMode, SendMessageRequest } from "./dispatch";
import type { RunSummary } from "./runs";
import type { SessionSummary } from "./sessions";

/** The Send drawer's draft: what is kept across retries and reloads (sessionStorage). Pure. */

/** The inline "new session" fields, as typed. */
export const NewSessionFields = z.object({ agentId: z.string(), key: z.string(), label: z.string() });
export type NewSessionFields = z.infer<typeof NewSessionFields>;

export const SendDraft = z.object({
  sessionKey: z.string().nullable(),
  message: z.string(),
  follow: z.boolean(),
  /** One per draft: a double click or a retry of the same draft starts one run; renewed after a send. */
  idempotencyKey: z.string(),
  /** Null while picking an existing session. */
  newSession: NewSessionFields.nullable(),
  /** What a busy session does with it; drafts stored before the choice existed get the default. */
  queueMode: QueueMode.default(DEFAULT_QUEUE_MODE),
});
export type SendDraft = z.infer<typeof SendDraft>;

export const EMPTY_NEW_SESSION: NewSessionFields = { agentId: "main", key: "", label: "" };

/** A fresh idempotency key (`sb-` and 32 hex digits); `getRandomValues` also works off https. */
export function newIdempotencyKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `sb-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function emptyDraft(idempotencyKey: string): SendDraft {
  return {
    sessionKey: null,
    message: "",
    follow: true,
    idempotencyKey,
    newSession: null,
    queueMode: DEFAULT_QUEUE_MODE,
  };
}

/** A stored draft, or null when there is none or it no longer fits the shape. */
export function parseDraft(raw: unknown): SendDraft | null {
  const draft = SendDraft.safeParse(raw).data;
  return draft && SendMessageRequest.shape.idempotencyKey.safeParse(draft.idempotencyKey).success
    ? draft
    : null;
}

/** After a successful send: a new key and an empty message; the session and "follow" stay. */
export function renewDraft(draft: SendDraft, sessionKey: string, idempotencyKey: string): SendDraft {
  return { ...draft, sessionKey, message: "", newSession: null, idempotencyKey };
}

const FIELD_WORD: Record<string, string> = { agentId: "agent id", key: "key", label: "label" };

export type DraftRequest =
  | { ok: true; create: CreateSessionRequest | null; sessionKey: string | null; send: SendMessageRequest }
  | { ok: false; problems: string[] };

/** What to ask the server for: maybe a session first, then the message; or what is missing. */
export function draftRequest(draft: SendDraft): DraftRequest {
  const problems: string[] = [];
  let create: CreateSessionRequest | null = null;
  if (draft.newSession) {
    const [agentId, key, label] = [
      draft.newSession.agentId.trim(),
      draft.newSession.key.trim(),
      draft.newSession.label.trim(),
    ];
    const parsed = CreateSessionRequest.safeParse({ agentId, ...(key && { key }), ...(label && { label }) });
    if (parsed.success) create = parsed.data;
    else
      problems.push(
        ...parsed.error.issues.map(
          (i) => `The new session's ${FIELD_WORD[String(i.path[0])] ?? "fields"} is not valid: ${i.message}.`,
        ),
      );
  } else if (!draft.sessionKey) {
    problems.push("Pick a session, or create a new one.");
  }
  if (!draft.message.trim()) problems.push("Write a message to send.");
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    create,
    sessionKey: draft.newSession ? null : draft.sessionKey,
    send: { message: draft.message, idempotencyKey: draft.idempotencyKey, queueMode: draft.queueMode },
  };
}

/** Sessions whose label, display name or key contains every word of the query. */
export function searchSessions(sessions: readonly SessionSummary[], query: string): SessionSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sessions];
  return sessions.filter((s) => {
    const text = [s.label, s.displayName, s.sessionKey].filter(Boolean).join(" ").toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** What each queue mode does when the session is busy, in the words the drawer offers it. */
export const QUEUE_MODE_CHOICES: { mode: QueueMode; label: string; help: string }[] = [
  {
    mode: "followup",
    label: "Queue it as the next turn",
    help: "It waits behind the running turn, then runs as a turn of its own that you can follow.",
  },
  {
    mode: "steer",
    label: "Steer it into the running turn",
    help: "It joins the turn at its next step (a pending tool call is skipped); that turn answers it.",
  },
  {
    mode: "interrupt",
    label: "Stop the running turn and run it now",
    help: "The running turn is aborted; this message runs at once.",
  },
  {
    mode: "collect",
    label: "Merge it with other waiting messages",
    help: "Waiting messages run together in one later turn, which names no message: it cannot be followed.",
  },
];

/**
 * A sent message's receipt: accepted, queued behind a busy session's run (or merged into a
 * later run, `collected`), started (or `steered` into the running turn), completed or failed.
 */
export type ReceiptState =
  "accepted" | "queued" | "collected" | "started" | "steered" | "completed" | "failed";

/** The receipt from the run as the API shows it (null until it is recorded). */
export function receiptState(run: Pick<RunSummary, "status" | "route"> | null): ReceiptState {
  switch (run?.status ?? null) {
    case null:
      return "accepted";
    case "queued":
      return run?.route ? (run.route.disposition === "collected" ? "collected" : "queued") : "accepted";
    case "running":
      return run?.route?.disposition === "steered" ? "steered" : "started";
    case "completed":
      return "completed";
    case "failed":
    case "aborted":
    case "interrupted":
      return "failed";
  }
}

/**
 * The receipt's steps, each reached or still ahead: accepted → (queued →) started → completed
 * (or failed). `waited`: the session was busy, so the message queued first.
 */
export function receiptSteps(
  state: ReceiptState,
  waited: boolean,
): { step: ReceiptState; reached: boolean }[] {
  if (state === "collected")
    return [
      { step: "accepted", reached: true },
      { step: "collected", reached: true },
    ];
  const start: ReceiptState = state === "steered" ? "steered" : "started";
  const steps: ReceiptState[] = [
    "accepted",
    ...(waited ? ["queued" as const] : []),
    start,
    state === "failed" ? "failed" : "completed",
  ];
  const at = state === "failed" ? steps.length - 1 : steps.indexOf(state);
  return steps.map((step, i) => ({ step, reached: i <= at }));
}
