import Link from "next/link";
import type { Crumb } from "@/lib/chain-view";
import { runHref, shortId } from "@/lib/format";

interface Props {
  path: Crumb[];
  labels: ReadonlyMap<string, string>;
  /** How deep the chain goes, for "depth 2 of 3". */
  maxDepth: number;
  /** The configured `maxHandoffDepth`. */
  depthLimit: number;
}

const VIA: Record<Crumb["via"], string> = {
  root: "root",
  send: "sent to",
  spawn: "spawned",
  reply: "reply in",
};

/** The run's place in its chain: root run (session) → … → this run, each part a link. */
export function ChainBreadcrumb({ path, labels, maxDepth, depthLimit }: Props) {
  const depth = path.filter((c) => c.via === "send" || c.via === "spawn").length;
  return (
    <nav data-testid="chain-breadcrumb" aria-label="Place in the handoff chain" className="text-xs">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {path.map((crumb, i) => {
          const current = i === path.length - 1;
          return (
            <li key={crumb.runId} className="inline-flex min-w-0 items-center gap-1.5">
              {i > 0 && (
                <span aria-hidden="true" className="text-zinc-600">
                  →
                </span>
              )}
              <span className="text-zinc-500">{VIA[crumb.via]}</span>
              <Link
                href={runHref(crumb.runId)}
                aria-current={current ? "page" : undefined}
                title={`${crumb.runId} · ${crumb.sessionKey}`}
                className={`max-w-[16rem] truncate rounded hover:underline ${current ? "text-zinc-100" : "text-sky-300"}`}
              >
                {labels.get(crumb.sessionKey) ?? crumb.sessionKey}{" "}
                <span className="font-mono text-zinc-500">{shortId(crumb.runId)}</span>
              </Link>
            </li>
          );
        })}
        <li className={maxDepth > depthLimit ? "text-red-300" : "text-zinc-500"}>
          · depth {depth} of {maxDepth} (limit {depthLimit})
        </li>
      </ol>
    </nav>
  );
}
