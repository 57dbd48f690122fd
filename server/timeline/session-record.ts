import { agentIdFromSessionKey } from "@/lib/sessions";
import { SessionsChangedPayload, type SessionRow } from "../gateway/frames";
import type { SessionRecord } from "../store/store";

/** A gateway session row (from `sessions.list`) as the store keeps it. */
export function sessionRecordFromRow(row: SessionRow): SessionRecord {
  return {
    sessionKey: row.key,
    agentId: row.agentId ?? agentIdFromSessionKey(row.key),
    label: row.label ?? null,
    displayName: row.displayName ?? null,
    kind: row.kind ?? null,
    channel: row.lastChannel ?? row.channel ?? null,
    gatewayStatus: row.status ?? null,
    lastActivityAt: row.updatedAt ?? null,
  };
}

/** A `sessions.changed` payload carries the row flat or under `session`; either will do. */
export function sessionRecordFromChange(payload: unknown): SessionRecord | null {
  const parsed = SessionsChangedPayload.safeParse(payload);
  if (!parsed.success) return null;
  const { sessionKey, session, ts } = parsed.data;
  const flat = payload as Partial<SessionRow>;
  const record = sessionRecordFromRow({ ...flat, ...session, key: sessionKey });
  return { ...record, lastActivityAt: record.lastActivityAt ?? ts ?? null };
}
