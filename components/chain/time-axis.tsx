import type { Tick } from "./geometry";
import { AXIS_HEIGHT } from "./layout";

interface Props {
  ticks: Tick[];
  height: number;
}

/** Time since the chain began along the top, with faint lines down through the lanes. */
export function TimeAxis({ ticks, height }: Props) {
  return (
    <g aria-hidden="true" className="text-zinc-600">
      {ticks.map((tick) => (
        <g key={tick.x}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={AXIS_HEIGHT - 6}
            y2={height}
            stroke="currentColor"
            strokeOpacity={0.35}
          />
          <text x={tick.x + 3} y={AXIS_HEIGHT - 9} fontSize={10} fill="currentColor">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
