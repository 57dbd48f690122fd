import { memo } from "react";
import type { Hop } from "@/lib/hops";
import type { TimelineItem } from "@/lib/timeline-view";
import { InboundMessage } from "./inbound-message";
import { LifecycleMarker } from "./lifecycle-marker";
import { ProblemLine } from "./problem-line";
import { QuietLine } from "./quiet-line";
import { RawEvent } from "./raw-event";
import { TextBlock } from "./text-block";
import { ToolCard } from "./tool-card";

interface Props {
  item: TimelineItem;
  /** The hops this run made, by tool call id: their tool cards show the handoff. */
  hops: ReadonlyMap<string, Hop>;
  labels: ReadonlyMap<string, string>;
  expanded: boolean;
  onToggle: (key: string) => void;
}

/** What one timeline item shows. */
export const TimelineEntry = memo(function TimelineEntry({ item, hops, labels, expanded, onToggle }: Props) {
  const toggle = () => onToggle(item.key);
  switch (item.kind) {
    case "tool": {
      const hop = hops.get(item.toolCallId);
      return (
        <ToolCard
          item={item}
          hop={hop}
          targetLabel={targetLabel(hop, labels)}
          expanded={expanded}
          onToggle={toggle}
        />
      );
    }
    case "quiet":
      return <QuietLine item={item} expanded={expanded} onToggle={toggle} />;
    case "lifecycle":
      return <LifecycleMarker item={item} />;
    case "text":
      return <TextBlock item={item} />;
    case "message":
      return <InboundMessage item={item} />;
    case "problem":
      return <ProblemLine item={item} />;
    case "raw":
      return <RawEvent item={item} />;
  }
});

function targetLabel(hop: Hop | undefined, labels: ReadonlyMap<string, string>): string | null {
  return (hop?.targetSessionKey && labels.get(hop.targetSessionKey)) ?? null;
}
