"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { APP_PAGES } from "@/lib/app-pages";
import { moveFocus } from "./use-roving-list";
import { useShortcut } from "./use-shortcut";

/** How long `g` waits for its letter. */
const GO_WINDOW_MS = 1500;

/**
 * The page-wide keys: `?` opens the shortcuts dialog, `g` then a letter goes to a page, `f`
 * presses the page's follow toggle, and j/k from outside any list start in the page's first
 * list (inside a list, the list handles them).
 */
export function useGlobalKeys() {
  const router = useRouter();
  const [helpOpen, setHelpOpen] = useState(false);
  const goUntil = useRef(0);

  useShortcut("?", () => setHelpOpen(true));
  useShortcut("f", () => document.querySelector<HTMLElement>('[data-shortcut="f"]')?.click());
  useShortcut("g", () => (goUntil.current = Date.now() + GO_WINDOW_MS));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (goUntil.current > Date.now() && event.key !== "g") {
        goUntil.current = 0;
        const page = APP_PAGES.find((p) => p.goKey === event.key);
        if (page) {
          event.preventDefault();
          router.push(page.href);
        }
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const target = event.target as HTMLElement;
      if (
        target.closest(
          "[data-nav-list], [data-testid=timeline], input, textarea, select, [role=dialog], dialog[open]",
        )
      )
        return;
      const list = document.querySelector<HTMLElement>("main [data-nav-list], main [data-testid=timeline]");
      if (!list) return;
      event.preventDefault();
      moveFocus(list, event.key === "j" ? 1 : -1, "[data-nav-item], [data-timeline-item]");
    };
    // Capture: the letter after `g` is taken before single-key shortcuts (`s` opens Send) see it.
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [router]);

  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}
