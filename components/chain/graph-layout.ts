import type { Chain, Hop, HopState } from "@/lib/hops";

/** Sessions on a circle, hops between them grouped into one edge per direction. Pure. */

export const NODE_RADIUS = 20;
const MARGIN = 56;
const BEND = 40;
const HEAD_LENGTH = 8;
const HEAD_HALF = 4;

export interface GraphNode {
  sessionKey: string;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  hops: Hop[];
  /** The state that says most about the edge: trouble first, then work in flight, then done. */
  state: HopState;
  inLoop: boolean;
  path: string;
  head: string;
  label: { x: number; y: number };
}

const TELLING: readonly HopState[] = [
  "failed",
  "rejected",
  "caller_released",
  "started",
  "delivered",
  "sent",
  "replied",
  "completed",
];

export function edgeState(hops: readonly Hop[]): HopState {
  return TELLING.find((s) => hops.some((h) => h.state === s)) ?? "sent";
}

export function layoutGraph(
  chain: Chain,
  options: { sessions: string[]; width: number; height: number; loopHops: ReadonlySet<string> },
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const { sessions, width, height, loopHops } = options;
  const radius = sessions.length < 2 ? 0 : Math.max(0, Math.min(width, height) / 2 - MARGIN);
  const nodes = sessions.map((sessionKey, i): GraphNode => {
    const angle =
      sessions.length === 2 ? Math.PI * (i + 1) : -Math.PI / 2 + (2 * Math.PI * i) / sessions.length;
    return { sessionKey, x: width / 2 + radius * Math.cos(angle), y: height / 2 + radius * Math.sin(angle) };
  });
  const at = new Map(nodes.map((n) => [n.sessionKey, n]));

  const groups = new Map<string, Hop[]>();
  for (const hop of chain.hops) {
    if (!hop.targetSessionKey || !at.has(hop.targetSessionKey)) continue;
    const key = `${hop.callerSessionKey}\n${hop.targetSessionKey}`;
    groups.set(key, [...(groups.get(key) ?? []), hop]);
  }
  const edges = [...groups].map(([key, hops]): GraphEdge => {
    const [from, to] = key.split("\n") as [string, string];
    const shape =
      from === to ? selfLoop(at.get(from)!) : curve(at.get(from)!, at.get(to)!, groups.has(`${to}\n${from}`));
    return {
      from,
      to,
      hops,
      state: edgeState(hops),
      inLoop: hops.some((h) => loopHops.has(h.hopId)),
      ...shape,
    };
  });
  return { nodes, edges };
}

type Shape = Pick<GraphEdge, "path" | "head" | "label">;

/** Node boundary to node boundary; bent to one side when the reverse edge exists too. */
function curve(a: GraphNode, b: GraphNode, twoWay: boolean): Shape {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const bend = twoWay ? BEND : 0;
  const c = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
  const start = towards(a, c, NODE_RADIUS);
  const end = towards(b, c, NODE_RADIUS + 2);
  return {
    path: `M ${r(start.x)} ${r(start.y)} Q ${r(c.x)} ${r(c.y)} ${r(end.x)} ${r(end.y)}`,
    head: head(end, Math.atan2(end.y - c.y, end.x - c.x)),
    label: { x: 0.25 * start.x + 0.5 * c.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * c.y + 0.25 * end.y },
  };
}

/** A hop from a session to itself: a loop over the node. */
function selfLoop(n: GraphNode): Shape {
  const top = n.y - NODE_RADIUS;
  const end = { x: n.x + 8, y: top + 1 };
  return {
    path: `M ${r(n.x - 8)} ${r(top + 1)} C ${r(n.x - 32)} ${r(top - 40)}, ${r(n.x + 32)} ${r(top - 40)}, ${r(end.x)} ${r(end.y)}`,
    head: head(end, Math.atan2(end.y - (top - 40), end.x - (n.x + 32))),
    label: { x: n.x, y: top - 36 },
  };
}

function towards(from: GraphNode | { x: number; y: number }, to: { x: number; y: number }, distance: number) {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return {
    x: from.x + ((to.x - from.x) / length) * distance,
    y: from.y + ((to.y - from.y) / length) * distance,
  };
}

function head(tip: { x: number; y: number }, angle: number): string {
  const back = { x: tip.x - HEAD_LENGTH * Math.cos(angle), y: tip.y - HEAD_LENGTH * Math.sin(angle) };
  const [nx, ny] = [-Math.sin(angle) * HEAD_HALF, Math.cos(angle) * HEAD_HALF];
  return `${r(tip.x)},${r(tip.y)} ${r(back.x + nx)},${r(back.y + ny)} ${r(back.x - nx)},${r(back.y - ny)}`;
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
