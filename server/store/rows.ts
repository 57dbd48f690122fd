import type { SessionSummary } from "@/lib/sessions";
import type { HopRecord, SessionRecord } from "./store";

export interface SessionRow {
  session_key: string;
  agent_id: string | null;
  label: string | null;
  display_name: string | null;
  kind: string | null;
  channel: string | null;
  gateway_status: string | null;
  last_activity_at: number | null;
  runs: number;
  active_runs: number;
}

export function toSession(row: SessionRow): SessionSummary {
  return {
    sessionKey: row.session_key,
    agentId: row.agent_id,
    label: row.label,
    displayName: row.display_name,
    kind: row.kind,
    channel: row.channel,
    gatewayStatus: row.gateway_status,
    runs: Number(row.runs),
    activeRuns: Number(row.active_runs),
    lastActivityAt: row.last_activity_at === null ? null : Number(row.last_activity_at),
  };
}

/** A session record as the sessions table's columns, in order (both backends' upsert). */
export function sessionParams(r: SessionRecord) {
  return [
    r.sessionKey,
    r.agentId,
    r.label,
    r.displayName,
    r.kind,
    r.channel,
    r.gatewayStatus,
    r.lastActivityAt,
  ] as const;
}

/** A hop record as the hops table's columns, in order (both backends' upsert). */
export function hopParams({ facts, hop }: HopRecord) {
  return [
    hop.hopId,
    hop.timestamps.sentAt,
    hop.callerSessionKey,
    hop.targetSessionKey,
    hop.state,
    JSON.stringify(facts),
    JSON.stringify(hop),
  ] as const;
}
