import type { Hop } from "@/lib/hops";
import { useRovingList } from "@/hooks/use-roving-list";
import { HopRow } from "./hop-row";

interface Props {
  hops: Hop[];
  labels: ReadonlyMap<string, string>;
}

const head = "px-2 py-2 text-left font-medium sm:px-3";

/** Every hop with its receipt and waits, newest first. */
export function HopsTable({ hops, labels }: Props) {
  const roving = useRovingList<HTMLTableSectionElement>();
  return (
    <div className="overflow-x-auto rounded border border-zinc-800">
      <table data-testid="hops-table" className="card-table w-full border-collapse text-sm">
        <thead className="bg-zinc-900/70 text-xs text-zinc-500">
          <tr>
            <th scope="col" className={head}>
              Sent
            </th>
            <th scope="col" className={head}>
              From → to
            </th>
            <th scope="col" className={`${head} hidden md:table-cell`}>
              Message
            </th>
            <th scope="col" className={head}>
              State
            </th>
            <th scope="col" className={`${head} hidden sm:table-cell`}>
              Waits
            </th>
            <th
              scope="col"
              className={`${head} hidden lg:table-cell`}
              title="The session that started the chain, and who started it: a person through Switchboard, or something outside it"
            >
              Root
            </th>
          </tr>
        </thead>
        <tbody {...roving}>
          {hops.map((hop) => (
            <HopRow key={hop.hopId} hop={hop} labels={labels} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
