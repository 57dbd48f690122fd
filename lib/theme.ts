import { z } from "zod";

/** The theme a person chose: the system's, or always light or dark. */
export const ThemeChoice = z.enum(["system", "light", "dark"]);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** Where the choice is kept (localStorage, as JSON). */
export const THEME_KEY = "switchboard-theme";

/** The theme shown for a choice, given whether the system prefers light. */
export function resolveTheme(choice: ThemeChoice, systemLight: boolean): "light" | "dark" {
  return choice === "system" ? (systemLight ? "light" : "dark") : choice;
}

/**
 * Runs before the page paints (an inline script in the root layout), so a light page never
 * flashes dark: sets `<html data-theme>` from the stored choice and the system preference.
 */
export const THEME_SCRIPT = `try{var c=JSON.parse(localStorage.getItem(${JSON.stringify(THEME_KEY)})||'"system"');var l=matchMedia("(prefers-color-scheme: light)").matches;document.documentElement.dataset.theme=c==="light"||(c!=="dark"&&l)?"light":"dark"}catch(e){}`;
