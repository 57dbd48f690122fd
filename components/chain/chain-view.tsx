"use client";

import { useMemo, useState } from "react";
import { loopHopIds, loopSummaries } from "@/lib/chain-view";
import type { Chain } from "@/lib/hops";
import { useElementWidth } from "@/hooks/use-element-width";
import { useNow } from "@/hooks/use-now";
import { ChainGraph } from "./chain-graph";
import { ChainLanes } from "./chain-lanes";
import { ChainLegend } from "./chain-legend";
import { ChainToolbar, type ChainMode } from "./chain-toolbar";
import { layoutGraph } from "./graph-layout";
import { labelColumnWidth, laneOrder, layoutChain } from "./layout";
import { LoopBanner } from "./loop-banner";

interface Props {
  chain: Chain;
  /** The run whose page shows the chain: its bar is outlined. */
  currentRunId: string;
  labels: ReadonlyMap<string, string>;
}

const GRAPH_HEIGHT = 360;
const MIN_GRAPH_WIDTH = 320;

/** The chain as swimlanes along time (live: bars grow with a ticking now) or as a graph of sessions. */
export function ChainView({ chain, currentRunId, labels }: Props) {
  const [mode, setMode] = useState<ChainMode>("lanes");
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const now = useNow();
  const loopHops = useMemo(() => loopHopIds(chain), [chain]);
  const sessions = useMemo(() => laneOrder(chain), [chain]);
  const labelWidth = labelColumnWidth(width);
  const graphWidth = Math.max(MIN_GRAPH_WIDTH, width - 2);
  const lanes = useMemo(
    () =>
      mode === "lanes" ? layoutChain(chain, { now, plotWidth: width - labelWidth - 2, loopHops }) : null,
    [mode, chain, now, width, labelWidth, loopHops],
  );
  const graph = useMemo(
    () =>
      mode === "graph"
        ? layoutGraph(chain, { sessions, width: graphWidth, height: GRAPH_HEIGHT, loopHops })
        : null,
    [mode, chain, sessions, graphWidth, loopHops],
  );

  return (
    <section data-testid="chain-view" aria-label="Handoff chain" className="space-y-3">
      <ChainToolbar chain={chain} sessions={sessions.length} mode={mode} onMode={setMode} />
      {loopSummaries(chain).map((loop) => (
        <LoopBanner key={loop.sessions.join("→")} loop={loop} labels={labels} />
      ))}
      <p className="text-xs text-zinc-400 sm:hidden">Wider than the screen: swipe sideways to pan.</p>
      {/* Focusable, so the keyboard can pan it too (arrow keys). */}
      <div
        ref={measure}
        tabIndex={0}
        role="region"
        aria-label="Chain drawing (scroll sideways to pan)"
        data-testid="chain-drawing"
        className="overflow-x-auto overscroll-x-contain rounded border border-zinc-800 bg-zinc-950"
      >
        {lanes && (
          <ChainLanes
            layout={lanes}
            labels={labels}
            labelWidth={labelWidth}
            now={now}
            currentRunId={currentRunId}
          />
        )}
        {graph && <ChainGraph {...graph} width={graphWidth} height={GRAPH_HEIGHT} labels={labels} />}
      </div>
      <ChainLegend mode={mode} />
    </section>
  );
}
