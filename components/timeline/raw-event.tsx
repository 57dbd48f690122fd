import type { RawItem } from "@/lib/timeline-view";
import { JsonBlock } from "@/components/ui/json-block";

interface Props {
  item: RawItem;
}

/** A gateway event Switchboard does not understand yet: kept and shown raw. */
export function RawEvent({ item }: Props) {
  const title = `Unknown event ${item.event}${item.stream ? ` (${item.stream})` : ""}`;
  return (
    <div data-testid="raw-event">
      <JsonBlock title={title} value={item.payload} />
    </div>
  );
}
