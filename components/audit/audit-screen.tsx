"use client";

import { useState } from "react";
import { AUDIT_ACTION_WORD, AuditAction } from "@/lib/audit";
import { queryString } from "@/hooks/api";
import { useAudit } from "@/hooks/use-audit";
import { Notice } from "@/components/ui/notice";
import { AuditTable } from "./audit-table";

/** Every action taken through Switchboard (admins only), filterable by action, exportable as JSON. */
export function AuditScreen() {
  const [action, setAction] = useState<AuditAction | undefined>(undefined);
  const audit = useAudit(action);
  return (
    <section className="space-y-3">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <label className="space-y-0.5 text-xs text-zinc-400">
          <span className="block">Action</span>
          <select
            data-testid="audit-action"
            value={action ?? ""}
            onChange={(e) => setAction(e.target.value ? AuditAction.parse(e.target.value) : undefined)}
            className="rounded border border-zinc-700 bg-zinc-900 px-2 py-1 text-sm text-zinc-100"
          >
            <option value="">all</option>
            {AuditAction.options.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_WORD[a]}
              </option>
            ))}
          </select>
        </label>
        <a
          href={`/api/audit/export${queryString({ action })}`}
          download
          data-testid="audit-export"
          className="rounded border border-zinc-700 px-2.5 py-1 text-xs text-zinc-300 hover:bg-zinc-800"
        >
          Export JSON
        </a>
      </header>
      {audit.data ? (
        audit.data.length > 0 ? (
          <AuditTable entries={audit.data} />
        ) : (
          <Notice>Nothing recorded yet.</Notice>
        )
      ) : audit.isError ? (
        <Notice tone="error">Could not load the audit log: {audit.error.message}</Notice>
      ) : (
        <Notice tone="loading">Loading the audit log…</Notice>
      )}
      {audit.hasNextPage && (
        <button
          type="button"
          onClick={() => void audit.fetchNextPage()}
          disabled={audit.isFetchingNextPage}
          className="rounded border border-zinc-700 px-3 py-1 text-xs text-zinc-300 hover:bg-zinc-800 disabled:opacity-50"
        >
          {audit.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      )}
    </section>
  );
}
