import { useId } from "react";
import { queueWords } from "@/lib/hop-words";
import { HopMark } from "./hop-mark";
import { LaneLabels } from "./lane-labels";
import { LANE_HEIGHT, type ChainLayout } from "./layout";
import { RunBar } from "./run-bar";
import { TimeAxis } from "./time-axis";
import { WaitWindow } from "./wait-window";

interface Props {
  layout: ChainLayout;
  labels: ReadonlyMap<string, string>;
  labelWidth: number;
  now: number;
  currentRunId: string;
}

/** The swimlanes: one lane per session, runs as bars along time, hops as arrows between them. */
export function ChainLanes({ layout, labels, labelWidth, now, currentRunId }: Props) {
  const hatchId = `hatch${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const name = (key: string | null) => (key === null ? "?" : (labels.get(key) ?? key));
  return (
    <div className="flex w-max min-w-full">
      <LaneLabels lanes={layout.lanes} labels={labels} width={labelWidth} t0={layout.scale.t0} />
      <svg
        width={layout.width}
        height={layout.height}
        className="block shrink-0"
        role="group"
        aria-label="Swimlanes: runs per session along time"
      >
        <defs>
          <pattern
            id={hatchId}
            width={5}
            height={5}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1={0} y1={0} x2={0} y2={5} className="stroke-zinc-100/50" strokeWidth={1.5} />
          </pattern>
        </defs>
        <TimeAxis ticks={layout.ticks} height={layout.height} />
        {layout.lanes.map((lane, i) => (
          <g key={lane.sessionKey} data-testid="chain-lane" data-session-key={lane.sessionKey}>
            <rect
              x={0}
              y={lane.top}
              width={layout.width}
              height={LANE_HEIGHT}
              className={i % 2 ? "fill-zinc-900/40" : "fill-transparent"}
            />
            <line x1={0} x2={layout.width} y1={lane.top} y2={lane.top} className="stroke-zinc-800/70" />
            {layout.hops
              .filter((mark) => mark.wait && mark.hop.callerSessionKey === lane.sessionKey)
              .map((mark) => (
                <WaitWindow key={mark.hop.hopId} hop={mark.hop} box={mark.wait!} hatchId={hatchId} />
              ))}
            {layout.bars
              .filter((bar) => bar.run.sessionKey === lane.sessionKey)
              .map((bar) => (
                <RunBar key={bar.run.runId} bar={bar} now={now} current={bar.run.runId === currentRunId} />
              ))}
          </g>
        ))}
        {layout.hops.map((mark) => (
          <HopMark
            key={mark.hop.hopId}
            mark={mark}
            route={`${name(mark.hop.callerSessionKey)} → ${name(mark.hop.targetSessionKey)}`}
            queueText={queueWords(mark.hop, name, now)}
          />
        ))}
      </svg>
    </div>
  );
}
