import { Fragment, memo } from "react";
import { gapPlaces, type Gap } from "@/lib/gaps";
import { formatAbsolute, formatClock } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import type { TimelineItem, ToolItem } from "@/lib/timeline-view";
import { AgentText } from "@/components/ui/agent-text";
import { GapMarker } from "./gap-marker";
import { InboundMessage } from "./inbound-message";
import { LifecycleMarker } from "./lifecycle-marker";
import { ProblemLine } from "./problem-line";
import { RawEvent } from "./raw-event";
import { TextBlock } from "./text-block";
import { ToolCard } from "./tool-card";

interface Props {
  items: TimelineItem[];
  /** The hops this run made, by tool call id: their tool cards show the handoff. */
  hops: ReadonlyMap<string, Hop>;
  labels: ReadonlyMap<string, string>;
  /** Gaps that cut this run: each is marked where it falls. */
  gaps?: readonly Gap[];
}

/** A run's timeline, oldest first, with a time gutter on wide screens. */
export const Timeline = memo(function Timeline({ items, hops, labels, gaps = [] }: Props) {
  const places = gapPlaces(
    items.map((item) => item.ts),
    gaps,
  );
  const markers = (index: number) =>
    places.get(index)?.map((gap) => (
      <li key={gap.id}>
        <GapMarker gap={gap} />
      </li>
    ));
  return (
    <ol data-testid="timeline" aria-label="Run timeline" className="space-y-2">
      {items.map((item, index) => (
        <Fragment key={item.key}>
          {markers(index)}
          <li className="grid gap-x-3 sm:grid-cols-[4.5rem_minmax(0,1fr)]">
            <time
              dateTime={new Date(item.ts).toISOString()}
              title={formatAbsolute(item.ts)}
              className="hidden pt-1 text-right font-mono text-[0.7rem] text-zinc-600 tabular-nums sm:block"
            >
              {formatClock(item.ts)}
            </time>
            <div className="min-w-0">
              {item.kind === "tool" ? (
                <ToolCard
                  item={item}
                  hop={hops.get(item.toolCallId)}
                  targetLabel={targetLabel(hops.get(item.toolCallId), labels)}
                />
              ) : (
                <Item item={item} />
              )}
            </div>
          </li>
        </Fragment>
      ))}
      {markers(items.length)}
    </ol>
  );
});

function targetLabel(hop: Hop | undefined, labels: ReadonlyMap<string, string>): string | null {
  return (hop?.targetSessionKey && labels.get(hop.targetSessionKey)) ?? null;
}

function Item({ item }: { item: Exclude<TimelineItem, ToolItem> }) {
  switch (item.kind) {
    case "lifecycle":
      return <LifecycleMarker item={item} />;
    case "text":
      return <TextBlock item={item} />;
    case "message":
      return <InboundMessage item={item} />;
    case "problem":
      return <ProblemLine item={item} />;
    case "note":
      return (
        <p className="pt-0.5 text-xs text-zinc-600">
          <AgentText text={item.text} />
        </p>
      );
    case "raw":
      return <RawEvent item={item} />;
  }
}
