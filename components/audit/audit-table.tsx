import { AUDIT_ACTION_WORD, type AuditEntry } from "@/lib/audit";
import { formatAbsolute } from "@/lib/format";
import { legibleText } from "@/lib/legible-text";

const OUTCOME_LOOK = {
  ok: "text-emerald-300",
  denied: "text-amber-300",
  failed: "text-red-300",
} as const;

/** One row per action: when, what, who, from where, on what, and how it ended. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="overflow-x-auto">
      <table data-testid="audit-table" className="w-full min-w-[40rem] text-left text-xs">
        <thead className="text-zinc-500">
          <tr>
            {["When", "Action", "Who", "From", "On", "Outcome"].map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr
              key={e.id}
              data-testid="audit-row"
              data-action={e.action}
              data-outcome={e.outcome}
              className="border-t border-zinc-800"
            >
              <td className="px-2 py-1 whitespace-nowrap text-zinc-400">{formatAbsolute(e.at)}</td>
              <td className="px-2 py-1 text-zinc-200">{AUDIT_ACTION_WORD[e.action]}</td>
              <td className="px-2 py-1 text-zinc-300">{legibleText(e.actor)}</td>
              <td className="px-2 py-1 font-mono text-zinc-400">{e.address}</td>
              <td
                className="max-w-[16rem] truncate px-2 py-1 font-mono text-zinc-400"
                title={e.detail ?? undefined}
              >
                {legibleText(e.target ?? "")}
              </td>
              <td className={`px-2 py-1 ${OUTCOME_LOOK[e.outcome]}`}>
                {e.outcome} <span className="text-zinc-500">({e.status})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
