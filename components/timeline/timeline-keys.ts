/** Moves focus to the next (1) or previous (-1) timeline row inside `container`, from the focused one. */
export function moveFocus(container: HTMLElement, by: 1 | -1): void {
  const rows = [...container.querySelectorAll<HTMLElement>("[data-timeline-item]")];
  if (rows.length === 0) return;
  const from = rows.findIndex((r) => r.contains(document.activeElement));
  const to =
    from === -1 ? (by === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, from + by));
  rows[to]!.focus();
  rows[to]!.scrollIntoView({ block: "nearest" });
}
