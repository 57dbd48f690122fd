import type { HopFacts, HopResult } from "@/lib/hop-facts";
import { str } from "./read-value";

export const HANDOFF_TOOLS: Record<string, HopFacts["kind"]> = {
  sessions_send: "send",
  sessions_spawn: "spawn",
};

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
