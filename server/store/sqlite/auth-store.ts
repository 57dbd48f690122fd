import { DatabaseSync } from "node:sqlite";
import type { ApiToken } from "@/lib/api-tokens";
import type { AuditEntry } from "@/lib/audit";
import type { ApiTokenRecord, AuthStore, SessionRecord } from "../auth-store";

const SCHEMA = `
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS sessions (
  secret_hash TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
  id TEXT PRIMARY KEY,
  secret_hash TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  action TEXT NOT NULL,
  body TEXT NOT NULL
);
`;

/** The log keeps its newest entries; older ones go once it passes this many. */
const AUDIT_KEEP = 100_000;

/** `<dataDir>/auth.db`: sessions, API tokens and the audit log, through Node's built-in SQLite. */
export function createSqliteAuthStore(options: { file: string }): AuthStore {
  const db = new DatabaseSync(options.file);
  db.exec(SCHEMA);
  const sql = {
    saveSession: db.prepare("INSERT INTO sessions (secret_hash, name, role, expires_at) VALUES (?, ?, ?, ?)"),
    getSession: db.prepare("SELECT name, role, expires_at FROM sessions WHERE secret_hash = ?"),
    deleteSession: db.prepare("DELETE FROM sessions WHERE secret_hash = ?"),
    dropExpired: db.prepare("DELETE FROM sessions WHERE expires_at < ?"),
    saveToken: db.prepare("INSERT INTO api_tokens (id, secret_hash, body) VALUES (?, ?, ?)"),
    tokenBySecret: db.prepare("SELECT secret_hash, body FROM api_tokens WHERE secret_hash = ?"),
    tokenById: db.prepare("SELECT secret_hash, body FROM api_tokens WHERE id = ?"),
    updateToken: db.prepare("UPDATE api_tokens SET body = ? WHERE id = ?"),
    listTokens: db.prepare("SELECT body FROM api_tokens ORDER BY rowid"),
    appendAudit: db.prepare("INSERT INTO audit (at, action, body) VALUES (?, ?, ?)"),
    trimAudit: db.prepare("DELETE FROM audit WHERE id <= ?"),
    audit: db.prepare(
      "SELECT id, body FROM audit WHERE id < ? AND (? IS NULL OR action = ?) ORDER BY id DESC LIMIT ?",
    ),
  };
  const token = (row: unknown): ApiTokenRecord | null => {
    if (!row) return null;
    const { secret_hash, body } = row as { secret_hash: string; body: string };
    return { ...(JSON.parse(body) as ApiToken), secretHash: secret_hash };
  };
  const publicToken = ({ secretHash: _hidden, ...rest }: ApiTokenRecord): ApiToken => rest;

  return {
    async saveSession(secretHash, session) {
      sql.dropExpired.run(Date.now());
      sql.saveSession.run(secretHash, session.name, session.role, session.expiresAt);
    },
    async getSession(secretHash) {
      const row = sql.getSession.get(secretHash) as
        { name: string; role: SessionRecord["role"]; expires_at: number } | undefined;
      return row ? { name: row.name, role: row.role, expiresAt: row.expires_at } : null;
    },
    async deleteSession(secretHash) {
      sql.deleteSession.run(secretHash);
    },
    async saveToken(record) {
      sql.saveToken.run(record.id, record.secretHash, JSON.stringify(publicToken(record)));
    },
    async tokenBySecret(secretHash) {
      return token(sql.tokenBySecret.get(secretHash));
    },
    async listTokens() {
      return (sql.listTokens.all() as { body: string }[]).map((r) => JSON.parse(r.body) as ApiToken);
    },
    async revokeToken(id, at) {
      const found = token(sql.tokenById.get(id));
      if (!found) return null;
      const revoked = { ...publicToken(found), revokedAt: found.revokedAt ?? at };
      sql.updateToken.run(JSON.stringify(revoked), id);
      return revoked;
    },
    async appendAudit(entry) {
      const { lastInsertRowid } = sql.appendAudit.run(entry.at, entry.action, JSON.stringify(entry));
      if (Number(lastInsertRowid) % 1000 === 0) sql.trimAudit.run(Number(lastInsertRowid) - AUDIT_KEEP);
    },
    async listAudit(query) {
      const before = query.before === undefined ? Number.MAX_SAFE_INTEGER : Number(query.before);
      const action = query.action ?? null;
      const rows = sql.audit.all(before, action, action, query.limit + 1) as { id: number; body: string }[];
      const entries = rows
        .slice(0, query.limit)
        .map((r) => ({ ...(JSON.parse(r.body) as Omit<AuditEntry, "id">), id: r.id }));
      return {
        entries,
        nextCursor: rows.length > query.limit ? String(entries.at(-1)!.id) : null,
      };
    },
    async close() {
      db.close();
    },
  };
}
