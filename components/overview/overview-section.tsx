"use client";

import type { ReactNode } from "react";
import { useRovingList } from "@/hooks/use-roving-list";

interface Props {
  title: string;
  count: number;
  /** What an empty section says. */
  empty: string;
  /** Red for trouble, so failures and deadlocks stand out. */
  tone?: "quiet" | "trouble";
  children: ReactNode;
}

/** One group of the overview: a heading with its count, then its items or a calm empty line. */
export function OverviewSection({ title, count, empty, tone = "quiet", children }: Props) {
  const roving = useRovingList<HTMLUListElement>();
  const id = `overview-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} data-testid={id} className="min-w-0 rounded border border-zinc-800">
      <h2
        id={id}
        className="flex items-center gap-2 border-b border-zinc-800 px-3 py-2 text-sm font-medium text-zinc-200"
      >
        {title}
        <span
          className={`rounded-full px-1.5 text-xs tabular-nums ${count > 0 && tone === "trouble" ? "bg-red-500/20 text-red-300" : "bg-zinc-800 text-zinc-300"}`}
        >
          {count}
        </span>
      </h2>
      {count > 0 ? (
        <ul {...roving} className="divide-y divide-zinc-800/70">
          {children}
        </ul>
      ) : (
        <p className="px-3 py-3 text-zinc-400">{empty}</p>
      )}
    </section>
  );
}
