/**
 * The start of a long text, cut at a line boundary (never mid-line, unless its first line alone
 * is too long, then at a word), and whether anything was cut. Pure.
 */
export function previewAtLine(
  text: string,
  maxLines: number,
  maxChars: number,
): { text: string; cut: boolean } {
  const lines = text.split("\n");
  let kept = 0;
  let length = 0;
  while (kept < lines.length && kept < maxLines && length + lines[kept]!.length <= maxChars) {
    length += lines[kept]!.length + 1;
    kept += 1;
  }
  if (kept === lines.length) return { text, cut: false };
  if (kept > 0) return { text: lines.slice(0, kept).join("\n"), cut: true };
  const head = lines[0]!.slice(0, maxChars);
  const space = head.lastIndexOf(" ");
  return { text: `${space > maxChars / 2 ? head.slice(0, space) : head}…`, cut: true };
}
