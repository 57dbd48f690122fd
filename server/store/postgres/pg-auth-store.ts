import type { ApiToken } from "@/lib/api-tokens";
import type { AuditEntry } from "@/lib/audit";
import type { ApiTokenRecord, AuthStore, SessionRecord } from "../auth-store";
import { openMigratedPool } from "./migrations";
import { poolQuery } from "./pool";

/** The log keeps its newest entries; older ones go once it passes this many (as in auth.db). */
const AUDIT_KEEP = 100_000;

type TokenRow = { secret_hash: string; body: string };
const token = (row: TokenRow | undefined): ApiTokenRecord | null =>
  row ? { ...(JSON.parse(row.body) as ApiToken), secretHash: row.secret_hash } : null;
const publicToken = ({ secretHash: _hidden, ...rest }: ApiTokenRecord): ApiToken => rest;

/** Sign-ins, API tokens and the audit log on PostgreSQL: every instance knows every sign-in. */
export async function createPostgresAuthStore(options: { url: string }): Promise<AuthStore> {
  const pool = await openMigratedPool(options.url, 2);
  const query = poolQuery(pool);
  return {
    async saveSession(secretHash, session) {
      await query("DELETE FROM auth_sessions WHERE expires_at < $1", [Date.now()]);
      await query("INSERT INTO auth_sessions (secret_hash, name, role, expires_at) VALUES ($1, $2, $3, $4)", [
        secretHash,
        session.name,
        session.role,
        session.expiresAt,
      ]);
    },
    async getSession(secretHash) {
      const [row] = await query<{ name: string; role: SessionRecord["role"]; expires_at: number }>(
        "SELECT name, role, expires_at FROM auth_sessions WHERE secret_hash = $1",
        [secretHash],
      );
      return row ? { name: row.name, role: row.role, expiresAt: row.expires_at } : null;
    },
    async deleteSession(secretHash) {
      await query("DELETE FROM auth_sessions WHERE secret_hash = $1", [secretHash]);
    },
    async saveToken(record) {
      await query("INSERT INTO auth_api_tokens (id, secret_hash, body) VALUES ($1, $2, $3)", [
        record.id,
        record.secretHash,
        JSON.stringify(publicToken(record)),
      ]);
    },
    async tokenBySecret(secretHash) {
      const [row] = await query<TokenRow>(
        "SELECT secret_hash, body FROM auth_api_tokens WHERE secret_hash = $1",
        [secretHash],
      );
      return token(row);
    },
    async listTokens() {
      const rows = await query<{ body: string }>("SELECT body FROM auth_api_tokens ORDER BY seq");
      return rows.map((r) => JSON.parse(r.body) as ApiToken);
    },
    async revokeToken(id, at) {
      const [row] = await query<TokenRow>("SELECT secret_hash, body FROM auth_api_tokens WHERE id = $1", [
        id,
      ]);
      const found = token(row);
      if (!found) return null;
      const revoked = { ...publicToken(found), revokedAt: found.revokedAt ?? at };
      await query("UPDATE auth_api_tokens SET body = $1 WHERE id = $2", [JSON.stringify(revoked), id]);
      return revoked;
    },
    async appendAudit(entry) {
      const [row] = await query<{ id: number }>(
        "INSERT INTO auth_audit (at, action, body) VALUES ($1, $2, $3) RETURNING id",
        [entry.at, entry.action, JSON.stringify(entry)],
      );
      if (row!.id % 1000 === 0) await query("DELETE FROM auth_audit WHERE id <= $1", [row!.id - AUDIT_KEEP]);
    },
    async listAudit(q) {
      const before = q.before === undefined ? Number.MAX_SAFE_INTEGER : Number(q.before);
      const rows = await query<{ id: number; body: string }>(
        `SELECT id, body FROM auth_audit WHERE id < $1 AND ($2::text IS NULL OR action = $2)
         ORDER BY id DESC LIMIT $3`,
        [before, q.action ?? null, q.limit + 1],
      );
      const entries = rows
        .slice(0, q.limit)
        .map((r) => ({ ...(JSON.parse(r.body) as Omit<AuditEntry, "id">), id: r.id }));
      return { entries, nextCursor: rows.length > q.limit ? String(entries.at(-1)!.id) : null };
    },
    async close() {
      await pool.end();
    },
  };
}
