/** One thing a target did that the caller hears about, before it is combined into a note. */
export type ProgressItem =
  | { kind: "tool"; name: string; ms: number | null; error: string | null }
  | { kind: "text"; text: string }
  | { kind: "handoff"; to: string }
  | { kind: "end"; ok: boolean; error: string | null };

const TEXT_CHARS = 80;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "3 tool calls: read_file ×2, exec 1.2 s" — a name run more than once gets a count, a single one its duration. */
function toolLine(tools: Extract<ProgressItem, { kind: "tool" }>[]): string | null {
  if (tools.length === 0) return null;
  const byName = new Map<string, typeof tools>();
  for (const t of tools) byName.set(t.name, [...(byName.get(t.name) ?? []), t]);
  const parts = [...byName].map(([name, runs]) => {
    const failed = runs.filter((r) => r.error !== null);
    const count =
      runs.length > 1 ? ` ×${runs.length}` : runs[0]!.ms !== null ? ` ${seconds(runs[0]!.ms)}` : "";
    const error = failed.length > 0 ? ` (failed: ${failed[0]!.error})` : "";
    return `${name}${count}${error}`;
  });
  return `${tools.length} tool call${tools.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

/** Everything that fell inside one interval, as one note for the caller. Pure; null when empty. */
export function progressNote(target: string, items: readonly ProgressItem[]): string | null {
  if (items.length === 0) return null;
  const lines = [
    toolLine(items.filter((i): i is Extract<ProgressItem, { kind: "tool" }> => i.kind === "tool")),
  ];
  for (const item of items) {
    if (item.kind === "text")
      lines.push(
        `first words: “${item.text.length > TEXT_CHARS ? `${item.text.slice(0, TEXT_CHARS - 1)}…` : item.text}”`,
      );
    if (item.kind === "handoff") lines.push(`handed work on to ${item.to}`);
    if (item.kind === "end") lines.push(item.ok ? "finished" : `ended: ${item.error ?? "failed"}`);
  }
  return `[progress] ${target}: ${lines.filter(Boolean).join("; ")}`;
}
