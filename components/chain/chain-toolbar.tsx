import type { Chain } from "@/lib/hops";

export type ChainMode = "lanes" | "graph";

interface Props {
  chain: Chain;
  sessions: number;
  mode: ChainMode;
  onMode: (mode: ChainMode) => void;
}

const MODES: { mode: ChainMode; label: string }[] = [
  { mode: "lanes", label: "Lanes" },
  { mode: "graph", label: "Graph" },
];

/** Lanes or graph, the chain's size and depth, and its exports. */
export function ChainToolbar({ chain, sessions, mode, onMode }: Props) {
  const exportHref = (format: "json" | "otlp") =>
    `/api/runs/${encodeURIComponent(chain.rootRunId)}/chain/export?format=${format}`;
  const link = "rounded border border-zinc-700 px-2 py-0.5 text-zinc-300 hover:bg-zinc-800";
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs">
      <div role="group" aria-label="Chain layout" className="inline-flex rounded border border-zinc-700">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            aria-pressed={mode === m.mode}
            onClick={() => onMode(m.mode)}
            className={`px-2.5 py-0.5 first:rounded-l last:rounded-r ${mode === m.mode ? "bg-zinc-800 text-zinc-100" : "text-zinc-400 hover:text-zinc-200"}`}
          >
            {m.label}
          </button>
        ))}
      </div>
      <p className="text-zinc-400">
        {chain.hops.length} {chain.hops.length === 1 ? "hop" : "hops"} · {sessions}{" "}
        {sessions === 1 ? "session" : "sessions"} ·{" "}
        <span
          data-testid="chain-depth"
          className={chain.maxDepth > chain.depthLimit ? "text-red-300" : undefined}
        >
          max depth {chain.maxDepth} (limit {chain.depthLimit})
        </span>{" "}
        ·{" "}
        <span data-testid="chain-origin">
          {chain.origin.via === "switchboard"
            ? `started by ${chain.origin.user ?? "someone"} through Switchboard`
            : "started outside Switchboard"}
        </span>
      </p>
      <p className="ml-auto flex gap-1.5">
        <a href={exportHref("json")} download className={link}>
          Export JSON
        </a>
        <a href={exportHref("otlp")} download className={link}>
          Export OTLP
        </a>
      </p>
    </div>
  );
}
