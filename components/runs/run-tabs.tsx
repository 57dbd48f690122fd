import Link from "next/link";
import { runHref } from "@/lib/format";

export type RunView = "timeline" | "chain";

interface Props {
  runId: string;
  current: RunView;
  /** Hops in the run's chain, once known. */
  hops: number | null;
}

/** Timeline | Chain; the choice lives in the URL (`?view=chain`). */
export function RunTabs({ runId, current, hops }: Props) {
  const tabs: { view: RunView; href: string; label: string }[] = [
    { view: "timeline", href: runHref(runId), label: "Timeline" },
    { view: "chain", href: `${runHref(runId)}?view=chain`, label: hops ? `Chain · ${hops}` : "Chain" },
  ];
  return (
    <nav aria-label="Run views" className="flex gap-1 border-b border-zinc-800">
      {tabs.map((tab) => (
        <Link
          key={tab.view}
          href={tab.href}
          aria-current={tab.view === current ? "page" : undefined}
          data-testid={`run-tab-${tab.view}`}
          className={`-mb-px rounded-t border-b-2 px-3 py-1.5 text-sm ${tab.view === current ? "border-sky-400 text-zinc-100" : "border-transparent text-zinc-400 hover:text-zinc-200"}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
