import Link from "next/link";
import { RunStatus } from "@/lib/runs";

interface Props {
  /** The page the chips link to, e.g. "/runs". */
  basePath: string;
  current: RunStatus | undefined;
}

const CHOICES: (RunStatus | undefined)[] = [undefined, ...RunStatus.options];

/** Status filter chips; the choice lives in the URL (`?status=`). */
export function StatusFilter({ basePath, current }: Props) {
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-1.5">
        {CHOICES.map((status) => {
          const active = status === current;
          return (
            <li key={status ?? "all"}>
              <Link
                href={status ? `${basePath}?status=${status}` : basePath}
                aria-current={active ? "page" : undefined}
                data-testid="status-filter"
                data-status={status ?? "all"}
                className={`block rounded-full border px-2.5 py-0.5 text-xs ${active ? "border-sky-500/60 bg-sky-500/15 text-sky-200" : "border-zinc-800 text-zinc-400 hover:border-zinc-600 hover:text-zinc-200"}`}
              >
                {status ?? "all"}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
