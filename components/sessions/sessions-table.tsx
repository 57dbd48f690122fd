import type { SessionSummary } from "@/lib/sessions";
import { useRovingList } from "@/hooks/use-roving-list";
import { SessionRow } from "./session-row";

interface Props {
  sessions: SessionSummary[];
}

const head = "px-3 py-2 text-left font-medium";

/** Every session the gateway knows, with what Switchboard recorded of it. */
export function SessionsTable({ sessions }: Props) {
  const roving = useRovingList<HTMLTableSectionElement>();
  return (
    <div className="overflow-x-auto rounded border border-zinc-800">
      <table data-testid="sessions-table" className="card-table w-full border-collapse text-sm">
        <thead className="bg-zinc-900/70 text-xs text-zinc-500">
          <tr>
            <th scope="col" className={head}>
              Session
            </th>
            <th scope="col" className={`${head} hidden sm:table-cell`}>
              Agent
            </th>
            <th scope="col" className={`${head} text-right`}>
              Runs
            </th>
            <th scope="col" className={`${head} text-right`}>
              Active
            </th>
            <th scope="col" className={head}>
              Last activity
            </th>
            <th scope="col" className={`${head} hidden md:table-cell`}>
              Gateway status
            </th>
          </tr>
        </thead>
        <tbody {...roving}>
          {sessions.map((session) => (
            <SessionRow key={session.sessionKey} session={session} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
