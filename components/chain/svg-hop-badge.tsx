import type { HopState } from "@/lib/hops";
import { HOP_STATE_WORD } from "@/lib/hop-view";
import { HOP_STATE_LOOK } from "@/components/ui/hop-state-badge";
import { BADGE_HEIGHT, type Box } from "./layout";

interface Props {
  state: HopState;
  box: Box;
  /** The text, when it says more than the state's word. */
  text?: string;
}

/** The receipt badge on a hop's arrow: colour, icon and word, inside the swimlanes' SVG. */
export function SvgHopBadge({ state, box, text = HOP_STATE_WORD[state] }: Props) {
  const { Icon, className } = HOP_STATE_LOOK[state];
  return (
    <g
      data-testid="hop-badge"
      data-state={state}
      className={className}
      transform={`translate(${box.x} ${box.y})`}
    >
      <rect
        width={box.width}
        height={BADGE_HEIGHT}
        rx={BADGE_HEIGHT / 2}
        className="fill-zinc-950"
        stroke="currentColor"
        strokeOpacity={0.6}
      />
      <g transform="translate(5 1)">
        <Icon className="[transform-box:fill-box] origin-center" />
      </g>
      <text x={21} y={11.5} fontSize={10} fill="currentColor">
        {text}
      </text>
    </g>
  );
}
