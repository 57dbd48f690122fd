/**
 * The marker that carries a scripted plan inside a prompt (the demo and the tests' scripted
 * model). The plan builders write it, the scripted model reads it, and the UI folds it away.
 */
export const PLAN_MARKER = "SB-PLAN:";

/** A message as people read it: the task in words, and the demo's script (if any) apart. */
export function splitDemoScript(text: string): { prose: string; script: string | null } {
  const at = text.indexOf(PLAN_MARKER);
  if (at < 0) return { prose: text, script: null };
  return { prose: text.slice(0, at).trim(), script: text.slice(at).trim() };
}
