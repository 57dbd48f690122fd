import Link from "next/link";
import { toolCallHref } from "@/lib/format";
import { HOP_STATE_WORD } from "@/lib/hop-view";
import type { HopMark as Mark } from "./layout";
import { SvgHopBadge } from "./svg-hop-badge";

/** Below this the queued wait's words would not fit beside it: its hover text says them. */
const LABEL_MIN_WIDTH = 170;

interface Props {
  mark: Mark;
  /** "A → B", in the names the lanes use. */
  route: string;
  /** "queued behind run 7f3a… for 4 s so far": the dotted wait's hover text. */
  queueText: string | null;
}

/**
 * One hop: the queued wait before the target, the arrow with its receipt badge (or a red cross
 * with the reason), and the reply coming back. The caller's wait is a WaitWindow, under the bars.
 */
export function HopMark({ mark, route, queueText }: Props) {
  const { hop, arrow, queue, reply, cross, badge, inLoop } = mark;
  const summary = `Hop ${route}: ${HOP_STATE_WORD[hop.state]}${inLoop ? ", in a loop" : ""}. Depth ${hop.depth}.`;
  return (
    <g>
      {queue && (
        <line
          data-testid="queue-wait"
          data-hop-id={hop.hopId}
          data-live={queue.live}
          x1={queue.x1}
          x2={queue.x2}
          y1={queue.y}
          y2={queue.y}
          className={queue.live ? "stroke-sky-300" : "stroke-zinc-400"}
          strokeWidth={queue.live ? 2 : 1.5}
          strokeDasharray="1 3"
          strokeLinecap="round"
        >
          <title>
            {queueText ? `${queueText[0]!.toUpperCase()}${queueText.slice(1)}` : "Waiting to start"}
          </title>
        </line>
      )}
      {queue && queueText && queue.x2 - queue.x1 >= LABEL_MIN_WIDTH && (
        <text
          data-testid="queue-wait-label"
          x={queue.x1 + 2}
          y={queue.y + 10}
          fontSize={9}
          className="fill-sky-300/80"
          aria-hidden="true"
        >
          {queueText}
        </text>
      )}
      <Link
        href={toolCallHref(hop.callerRunId, hop.toolCallId)}
        data-testid="hop-arrow"
        data-hop-id={hop.hopId}
        data-state={hop.state}
        aria-label={`${summary} Open the call in the caller's timeline.`}
        className={inLoop || cross ? "text-red-400" : "text-zinc-400 hover:text-zinc-200"}
      >
        <title>{`${summary}\n${hop.messagePreview}`}</title>
        <path d={arrow.path} fill="none" stroke="currentColor" strokeWidth={1.5} />
        <polygon points={arrow.head} fill="currentColor" />
        {cross && (
          <g className="text-red-400">
            <path
              d={`M ${cross.x - 4} ${cross.y - 4} l 8 8 m 0 -8 l -8 8`}
              stroke="currentColor"
              strokeWidth={2}
            />
            <text x={cross.x + 8} y={cross.y + 3.5} fontSize={10} className="fill-red-300">
              {cross.reason}
            </text>
          </g>
        )}
        <SvgHopBadge state={hop.state} box={badge} />
      </Link>
      {reply && (
        <g data-testid="reply-arrow" className="text-emerald-400/80">
          <path d={reply.path} fill="none" stroke="currentColor" strokeWidth={1.25} strokeDasharray="4 3" />
          <polygon points={reply.head} fill="currentColor" />
        </g>
      )}
    </g>
  );
}
