import type { ApiToken } from "@/lib/api-tokens";
import type { AuditEntry, AuditPage, AuditQuery } from "@/lib/audit";
import type { Role } from "@/lib/auth";

/** A browser's sign-in, found by the hash of its cookie's secret. */
export interface SessionRecord {
  name: string;
  role: Role;
  expiresAt: number;
}

export interface ApiTokenRecord extends ApiToken {
  secretHash: string;
}

/**
 * Who may act, and what they did: sessions, API tokens (hashed) and the audit log. Kept apart
 * from the event store (its own SQLite file), so exporting or sharing events never carries
 * a credential.
 */
export interface AuthStore {
  saveSession(secretHash: string, session: SessionRecord): Promise<void>;
  getSession(secretHash: string): Promise<SessionRecord | null>;
  deleteSession(secretHash: string): Promise<void>;
  saveToken(token: ApiTokenRecord): Promise<void>;
  tokenBySecret(secretHash: string): Promise<ApiTokenRecord | null>;
  listTokens(): Promise<ApiToken[]>;
  /** Returns the token as it is now revoked, or null when there is no such token. */
  revokeToken(id: string, at: number): Promise<ApiToken | null>;
  appendAudit(entry: Omit<AuditEntry, "id">): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditPage>;
  close(): Promise<void>;
}
