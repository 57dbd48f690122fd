import Link from "next/link";
import { oneLine, sessionHref } from "@/lib/format";
import { HOP_STATE_WORD } from "@/lib/hop-view";
import { sessionKeyTail } from "@/lib/sessions";
import { NODE_RADIUS, type GraphEdge, type GraphNode } from "./graph-layout";
import { BADGE_HEIGHT, badgeWidth } from "./layout";
import { SvgHopBadge } from "./svg-hop-badge";

interface Props {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
  labels: ReadonlyMap<string, string>;
}

const NAME_CHARS = 22;

/** The chain's shape at a glance: sessions as nodes, hops as edges with their count and state. */
export function ChainGraph({ nodes, edges, width, height, labels }: Props) {
  return (
    <svg
      data-testid="chain-graph"
      width={width}
      height={height}
      className="block"
      role="group"
      aria-label="Sessions and the hops between them"
    >
      {edges.map((edge) => {
        const count = edge.hops.length;
        const text = `${count > 1 ? `${count}× ` : ""}${HOP_STATE_WORD[edge.state]}`;
        const width = badgeWidth(text);
        return (
          <g
            key={`${edge.from}→${edge.to}`}
            data-testid="graph-edge"
            data-state={edge.state}
            data-count={count}
            className={edge.inLoop ? "text-red-400" : "text-zinc-500"}
          >
            <title>{`${edge.from} → ${edge.to}: ${count} ${count === 1 ? "hop" : "hops"}; the one to look at: ${HOP_STATE_WORD[edge.state]}`}</title>
            <path d={edge.path} fill="none" stroke="currentColor" strokeWidth={1.5} />
            <polygon points={edge.head} fill="currentColor" />
            <SvgHopBadge
              state={edge.state}
              text={text}
              box={{ x: edge.label.x - width / 2, y: edge.label.y - BADGE_HEIGHT / 2, width }}
            />
          </g>
        );
      })}
      {nodes.map((node) => (
        <Link
          key={node.sessionKey}
          href={sessionHref(node.sessionKey)}
          aria-label={`Session ${node.sessionKey}`}
          className="text-zinc-300 hover:text-zinc-100"
        >
          <title>{node.sessionKey}</title>
          <circle cx={node.x} cy={node.y} r={NODE_RADIUS} className="fill-zinc-900 stroke-zinc-500" />
          <text
            x={node.x}
            y={node.y + NODE_RADIUS + 13}
            textAnchor="middle"
            fontSize={11}
            fill="currentColor"
          >
            {oneLine(labels.get(node.sessionKey) ?? sessionKeyTail(node.sessionKey), NAME_CHARS)}
          </text>
        </Link>
      ))}
    </svg>
  );
}
