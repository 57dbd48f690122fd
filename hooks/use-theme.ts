"use client";

import { useEffect } from "react";
import { resolveTheme, THEME_KEY, ThemeChoice } from "@/lib/theme";
import { createStore, useStore } from "./client-store";

const themeStore = createStore<ThemeChoice>("system", {
  area: "local",
  key: THEME_KEY,
  parse: (raw) => ThemeChoice.safeParse(raw).data ?? null,
});

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };

/** The theme choice (system, light, dark), applied to `<html data-theme>`, following the system live. */
export function useTheme() {
  const choice = useStore(themeStore);
  useEffect(() => {
    const query = window.matchMedia("(prefers-color-scheme: light)");
    const apply = () => (document.documentElement.dataset.theme = resolveTheme(choice, query.matches));
    apply();
    query.addEventListener("change", apply);
    return () => query.removeEventListener("change", apply);
  }, [choice]);
  return { choice, cycle: () => themeStore.set(NEXT[choice]) };
}
