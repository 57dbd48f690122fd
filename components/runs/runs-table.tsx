import type { RunSummary } from "@/lib/runs";
import { RunRow } from "./run-row";

interface Props {
  runs: RunSummary[];
  /** Session labels by session key, for sessions that have one. */
  sessionLabels: ReadonlyMap<string, string>;
  /** False on a session's own page, where every row has the same session. */
  showSession: boolean;
}

const head = "px-2 py-2 text-left font-medium sm:px-3";

/** A dense, live table of runs, newest first. */
export function RunsTable({ runs, sessionLabels, showSession }: Props) {
  return (
    <div className="overflow-x-auto rounded border border-zinc-800">
      <table data-testid="runs-table" className="w-full border-collapse text-sm">
        <thead className="bg-zinc-900/70 text-xs text-zinc-500">
          <tr>
            <th scope="col" className={head}>
              Status
            </th>
            <th scope="col" className={head}>
              Run
            </th>
            {showSession && (
              <th scope="col" className={head}>
                Session
              </th>
            )}
            <th scope="col" className={`${head} hidden sm:table-cell`}>
              Agent
            </th>
            <th scope="col" className={head}>
              Started
            </th>
            <th scope="col" className={`${head} hidden text-right sm:table-cell`}>
              Duration
            </th>
            <th scope="col" className={`${head} hidden text-right md:table-cell`}>
              Tools
            </th>
            <th scope="col" className={`${head} hidden xl:table-cell`}>
              Reply
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <RunRow
              key={run.runId}
              run={run}
              sessionLabel={sessionLabels.get(run.sessionKey) ?? null}
              showSession={showSession}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
