"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

const INNER = "a[href], button, input, select, textarea, summary";

/** Moves focus to the next (1) or previous (-1) item, from the focused one; -2/2: the first/last. */
export function moveFocus(container: HTMLElement, by: -2 | -1 | 1 | 2, selector = "[data-nav-item]"): void {
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  if (items.length === 0) return;
  const from = items.findIndex((r) => r.contains(document.activeElement));
  const to =
    by === -2
      ? 0
      : by === 2
        ? items.length - 1
        : from === -1
          ? by === 1
            ? 0
            : items.length - 1
          : Math.min(items.length - 1, Math.max(0, from + by));
  for (const item of items) item.tabIndex = item === items[to] ? 0 : -1;
  items[to]!.focus();
  items[to]!.scrollIntoView({ block: "nearest" });
}

const KEY_MOVES: Record<string, -2 | -1 | 1 | 2> = {
  j: 1,
  ArrowDown: 1,
  k: -1,
  ArrowUp: -1,
  Home: -2,
  End: 2,
};

/**
 * A list as one Tab stop (roving focus): its items (`data-nav-item`) hold focus one at a time,
 * the links inside them are left out of the Tab order; j/k and the arrows move, Enter opens the
 * item's first link. Spread the result on the list's element.
 */
export function useRovingList<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>("[data-nav-item]") ?? [])];
    const active = items.find((i) => i.tabIndex === 0) ?? items[0];
    for (const item of items) {
      item.tabIndex = item === active ? 0 : -1;
      for (const inner of item.querySelectorAll<HTMLElement>(INNER)) inner.tabIndex = -1;
    }
  });
  const onKeyDown = (event: KeyboardEvent<T>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = KEY_MOVES[event.key];
    if (move !== undefined) {
      event.preventDefault();
      moveFocus(event.currentTarget, move);
    } else if (event.key === "Enter" && (event.target as HTMLElement).dataset.navItem !== undefined) {
      event.preventDefault();
      (event.target as HTMLElement).querySelector<HTMLElement>("a[href]")?.click();
    }
  };
  return { ref, onKeyDown, "data-nav-list": "" };
}
