import { formatAbsolute, formatClock } from "@/lib/format";
import { sessionKeyTail } from "@/lib/sessions";
import { SessionLink } from "@/components/ui/session-link";
import { AXIS_HEIGHT, LANE_HEIGHT, type Lane } from "./layout";

interface Props {
  lanes: Lane[];
  labels: ReadonlyMap<string, string>;
  width: number;
  /** When the chain began: time zero of the axis. */
  t0: number;
}

/** The sessions' names at the left of their lanes; they stay in view while the lanes scroll. */
export function LaneLabels({ lanes, labels, width, t0 }: Props) {
  return (
    <div className="sticky left-0 z-10 shrink-0 border-r border-zinc-800 bg-zinc-950" style={{ width }}>
      <p
        className="flex items-center px-2 font-mono text-[0.7rem] text-zinc-500"
        style={{ height: AXIS_HEIGHT }}
      >
        <time dateTime={new Date(t0).toISOString()} title={formatAbsolute(t0)}>
          {formatClock(t0)}
        </time>
      </p>
      <ul>
        {lanes.map((lane) => {
          const name = labels.get(lane.sessionKey) ?? sessionKeyTail(lane.sessionKey);
          return (
            <li
              key={lane.sessionKey}
              className="flex min-w-0 flex-col justify-center border-t border-zinc-800/70 px-2"
              style={{ height: LANE_HEIGHT }}
            >
              <SessionLink sessionKey={lane.sessionKey} label={name} className="block text-zinc-200" />
              <span className="truncate font-mono text-[0.65rem] text-zinc-500">{lane.sessionKey}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
