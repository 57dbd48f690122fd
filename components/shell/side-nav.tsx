"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useAlerts } from "@/hooks/use-alerts";
import { useMe } from "@/hooks/use-me";
import { APP_PAGES, isInPage } from "@/lib/app-pages";

/** Left navigation on wide screens, a row under the top bar on small ones; Alerts shows its count; Audit for admins. */
export function SideNav() {
  const pathname = usePathname();
  const alerts = useAlerts().data?.length ?? null;
  const admin = useMe().data?.role === "admin";
  const links = APP_PAGES.filter((p) => admin || !p.admin);
  return (
    <nav
      aria-label="Main"
      className="overflow-x-auto border-b border-zinc-800 px-2 py-1.5 md:sticky md:top-11 md:h-[calc(100vh-2.75rem)] md:w-44 md:shrink-0 md:border-r md:border-b-0 md:py-3"
    >
      <ul className="flex gap-1 md:flex-col">
        {links.map((page) => {
          const { href, label } = page;
          const current = isInPage(page, pathname);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`flex items-center gap-2 rounded px-3 py-1.5 text-sm ${current ? "bg-zinc-800 text-zinc-100" : "text-zinc-400 hover:bg-zinc-900 hover:text-zinc-200"}`}
              >
                {label}
                {href === "/alerts" && alerts !== null && (
                  <span
                    data-testid="nav-alerts-count"
                    aria-label={`${alerts} ${alerts === 1 ? "alert" : "alerts"}`}
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
