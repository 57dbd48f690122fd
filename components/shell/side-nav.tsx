"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { groupAlerts, isUnread } from "@/lib/alert-groups";
import { useAlertMarks } from "@/hooks/use-alert-marks";
import { useAlerts } from "@/hooks/use-alerts";
import { useMe } from "@/hooks/use-me";
import { APP_PAGES, isInPage } from "@/lib/app-pages";

/** Left navigation on wide screens, a menu under the top bar on small ones; Alerts shows its count; Audit for admins. */
export function SideNav() {
  const pathname = usePathname();
  const { marks } = useAlertMarks();
  const data = useAlerts().data;
  // Conditions raised since last acknowledged, not muted: what still asks for a look.
  const alerts = data ? groupAlerts(data).filter((g) => isUnread(g, marks)).length : null;
  const admin = useMe().data?.role === "admin";
  const links = APP_PAGES.filter((p) => admin || !p.admin);
  const [open, setOpen] = useState(false);
  const here = links.find((p) => isInPage(p, pathname));
  return (
    <nav
      aria-label="Main"
      className="border-b border-zinc-800 px-2 py-1.5 md:sticky md:top-11 md:h-[calc(100vh-2.75rem)] md:w-44 md:shrink-0 md:border-r md:border-b-0 md:py-3"
    >
      <button
        type="button"
        data-testid="nav-menu"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-2 rounded px-3 py-1.5 text-left text-sm text-zinc-200 hover:bg-zinc-900 md:hidden"
      >
        <span aria-hidden="true">☰</span> Menu
        {here && <span className="text-zinc-400">· {here.label}</span>}
      </button>
      <ul id="main-nav-list" className={`${open ? "flex" : "hidden"} flex-col gap-1 md:flex`}>
        {links.map((page) => {
          const { href, label } = page;
          const current = isInPage(page, pathname);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={`flex items-center gap-2 rounded px-3 py-1.5 text-sm ${current ? "bg-zinc-800 text-zinc-100" : "text-zinc-400 hover:bg-zinc-900 hover:text-zinc-200"}`}
              >
                {label}
                {href === "/alerts" && alerts !== null && (
                  <span
                    data-testid="nav-alerts-count"
                    aria-label={`${alerts} new ${alerts === 1 ? "alert" : "alerts"}`}
                    className={`ml-auto rounded-full px-1.5 text-xs tabular-nums ${alerts > 0 ? "bg-red-500/20 text-red-300" : "bg-zinc-800 text-zinc-500"}`}
                  >
                    {alerts}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
