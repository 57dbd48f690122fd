/** The app's top-level pages: the navigation, the palette's "go to" items and `g` then a letter share them. */
export const APP_PAGES = [
  { href: "/", label: "Now", goKey: "n", admin: false },
  { href: "/runs", label: "Runs", goKey: "r", admin: false },
  { href: "/sessions", label: "Sessions", goKey: "s", admin: false },
  { href: "/handoffs", label: "Handoffs", goKey: "h", admin: false },
  { href: "/alerts", label: "Alerts", goKey: "a", admin: false },
  { href: "/settings", label: "Settings", goKey: "t", admin: false },
  { href: "/audit", label: "Audit", goKey: "u", admin: true },
] as const;
export type AppPage = (typeof APP_PAGES)[number];

/** Whether `path` is inside a page (the home page matches itself only). */
export function isInPage(page: AppPage, path: string): boolean {
  return page.href === "/" ? path === "/" : path === page.href || path.startsWith(`${page.href}/`);
}
