"use client";

import { useTheme } from "@/hooks/use-theme";

const WORD = { system: "System theme", light: "Light theme", dark: "Dark theme" };
const MARK = { system: "◐", light: "☀", dark: "☾" };

/** Cycles the theme: the system's, light, dark. */
export function ThemeToggle() {
  const { choice, cycle } = useTheme();
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      data-theme-choice={choice}
      onClick={cycle}
      title={`${WORD[choice]} (click to change)`}
      aria-label={`${WORD[choice]}; change theme`}
      className="rounded border border-zinc-700 px-2 py-0.5 text-sm text-zinc-300 hover:bg-zinc-800"
    >
      <span aria-hidden="true">{MARK[choice]}</span>
    </button>
  );
}
