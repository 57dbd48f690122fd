import { str } from "./read-value";

/**
 * What Switchboard has observed about one handoff, before any interpretation: the caller's
 * tool call and result, the target's inbound message, the reply. Everything a Hop shows is
 * derived from these plus the target run's own summary (derive-hop.ts).
 */
export interface HopFacts {
  hopId: string;
  kind: "send" | "spawn";
  callerRunId: string;
  callerSessionKey: string;
  toolCallId: string;
  sentAt: number;
  /** The target as the caller named it (a key, a label or an agent id), before resolution. */
  requestedTarget: string | null;
  message: string;
  waitSeconds: number | null;
  result: HopResult | null;
  delivery: { at: number; runId: string } | null;
  reply: { at: number; runId: string } | null;
  depth: number;
}

export interface HopResult {
  at: number;
  status: string;
  targetRunId: string | null;
  targetSessionKey: string | null;
  error: string | null;
  reply: string | null;
}

export const HANDOFF_TOOLS: Record<string, HopFacts["kind"]> = { sessions_send: "send", sessions_spawn: "spawn" };

/** The tool's `details` object: given as is, or as the JSON text of its first content part. */
export function readToolResult(result: unknown, at: number, isError: boolean): HopResult {
  const details = detailsOf(result);
  const status = str(details.status) ?? (isError ? "error" : "ok");
  return {
    at,
    status,
    targetRunId: str(details.runId),
    targetSessionKey: str(details.sessionKey) ?? str(details.childSessionKey),
    error: str(details.error) ?? (status === "error" || status === "forbidden" ? textOf(result) : null),
    reply: str(details.reply),
  };
}

function detailsOf(result: unknown): Record<string, unknown> {
  if (!result || typeof result !== "object") return {};
  const r = result as { details?: unknown };
  if (r.details && typeof r.details === "object") return r.details as Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(textOf(result) ?? "");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function textOf(result: unknown): string | null {
  const content = (result as { content?: { text?: unknown }[] } | null)?.content;
  const text = Array.isArray(content) ? content[0]?.text : undefined;
  return typeof text === "string" ? text : null;
}

/** Does the target the caller named denote this session key? (`main`, a label, or the full key.) */
export function namesSession(requested: string | null, sessionKey: string): boolean {
  if (!requested) return true;
  const r = requested.toLowerCase();
  return r === sessionKey || sessionKey.endsWith(`:${r}`);
}
