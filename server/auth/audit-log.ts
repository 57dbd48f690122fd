import type { AuditEntry } from "@/lib/audit";
import { errorMessage } from "@/lib/errors";
import type { AuthStore } from "../store/auth-store";

/** Records what people did through Switchboard; a failed write is logged, never lost silently. */
export function createAuditLog(deps: { store: Pick<AuthStore, "appendAudit">; log: (line: string) => void }) {
  return {
    record(entry: Omit<AuditEntry, "id" | "at">): void {
      deps.store
        .appendAudit({ ...entry, at: Date.now() })
        .catch((error: unknown) => deps.log(`audit entry not written: ${errorMessage(error)}`));
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
