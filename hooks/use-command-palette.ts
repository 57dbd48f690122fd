"use client";

import { useEffect } from "react";
import { useStore, createStore } from "./client-store";
import { useShortcut } from "./use-shortcut";

const paletteStore = createStore({ open: false });

export const openPalette = () => paletteStore.set({ open: true });

/** The command palette's open state: Ctrl/⌘+K toggles it anywhere, `/` opens it outside fields. */
export function useCommandPalette() {
  const { open } = useStore(paletteStore);
  useShortcut("/", openPalette);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      event.preventDefault();
      paletteStore.set((s) => ({ open: !s.open }));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return { open, setOpen: (next: boolean) => paletteStore.set({ open: next }) };
}
