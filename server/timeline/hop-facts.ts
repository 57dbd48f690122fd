import type { HopFacts } from "@/lib/hop-facts";

/** Does the target the caller named denote this session key? (`main`, a label, or the full key.) */
function namesSession(requested: string | null, sessionKey: string): boolean {
  if (!requested) return true;
  const r = requested.toLowerCase();
  return r === sessionKey || sessionKey.endsWith(`:${r}`);
}

/** Does the hop go to this session: the session its result resolved to, else the one it named? */
export function targetsSession(h: HopFacts, sessionKey: string): boolean {
  const resolved = h.result?.targetSessionKey ?? null;
  return resolved ? resolved === sessionKey : namesSession(h.requestedTarget, sessionKey);
}

/** The gateway refused it, and nothing arrived anyway. */
export function isRejected(h: HopFacts): boolean {
  return (h.result?.status === "error" || h.result?.status === "forbidden") && !h.delivery;
}

/**
 * The run a hop reached: for a steered message the running turn it joined (the one it landed
 * in, or waited for), else the run the result named, else the one its landing named.
 */
export function targetRunOf(f: HopFacts): string | null {
  if (f.result?.disposition === "steered") return f.delivery?.landedIn ?? f.accepted?.behindRunId ?? null;
  return f.result?.targetRunId && !isRejected(f) ? f.result.targetRunId : (f.delivery?.runId ?? null);
}
