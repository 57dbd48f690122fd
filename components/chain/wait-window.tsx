import type { Hop } from "@/lib/hops";
import { BAR_HEIGHT, type Box } from "./layout";

interface Props {
  hop: Hop;
  box: Box;
  /** The id of the hatch pattern defined by the swimlanes. */
  hatchId: string;
}

/** The caller's wait for a hop, hatched over the caller's bar; amber-edged once the caller was released. */
export function WaitWindow({ hop, box, hatchId }: Props) {
  const released = hop.timestamps.callerReleasedAt !== null;
  return (
    <rect
      data-testid="wait-window"
      data-hop-id={hop.hopId}
      x={box.x}
      y={box.y}
      width={box.width}
      height={BAR_HEIGHT}
      fill={`url(#${hatchId})`}
      className={released ? "stroke-amber-400" : "stroke-zinc-400"}
      strokeOpacity={0.8}
    >
      <title>
        {released
          ? `The caller stopped waiting (${hop.callerStatus ?? "released"}); the target went on`
          : "The caller waited for the answer here"}
      </title>
    </rect>
  );
}
