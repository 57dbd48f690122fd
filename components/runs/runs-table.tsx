import type { HopCounts, RunSummary } from "@/lib/runs";
import { useRovingList } from "@/hooks/use-roving-list";
import { RunRow } from "./run-row";

interface Props {
  runs: RunSummary[];
  /** Hops each run sent and ran, for runs that have any. */
  hops: Readonly<Record<string, HopCounts>>;
  /** Session labels by session key, for sessions that have one. */
  sessionLabels: ReadonlyMap<string, string>;
  /** False on a session's own page, where every row has the same session. */
  showSession: boolean;
}

const head = "px-2 py-2 text-left font-medium sm:px-3";

/** A dense, live table of runs, newest first. */
export function RunsTable({ runs, hops, sessionLabels, showSession }: Props) {
  const roving = useRovingList<HTMLTableSectionElement>();
  return (
    <div className="overflow-x-auto rounded border border-zinc-800">
      <table data-testid="runs-table" className="card-table w-full border-collapse text-sm">
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
            <th
              scope="col"
              className={`${head} hidden text-right md:table-cell`}
              title="Hops sent out / run in"
            >
              Hops out/in
            </th>
            <th scope="col" className={`${head} hidden xl:table-cell`}>
              Reply
            </th>
          </tr>
        </thead>
        <tbody {...roving}>
          {runs.map((run) => (
            <RunRow
              key={run.runId}
              run={run}
              hops={hops[run.runId] ?? null}
              sessionLabel={sessionLabels.get(run.sessionKey) ?? null}
              showSession={showSession}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
