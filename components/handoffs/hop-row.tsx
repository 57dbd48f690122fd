import Link from "next/link";
import { splitDemoScript } from "@/lib/demo-script";
import { formatAbsolute, oneLine, runHref, toolCallHref } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import { HOP_STATE_WORD } from "@/lib/hop-view";
import { deliveryWords, queueWords, targetWords } from "@/lib/hop-words";
import { HopStateBadge } from "@/components/ui/hop-state-badge";
import { PolicyNotes } from "@/components/ui/policy-notes";
import { RelativeTime } from "@/components/ui/relative-time";
import { SessionLink } from "@/components/ui/session-link";
import { HopWaits } from "./hop-waits";

interface Props {
  hop: Hop;
  labels: ReadonlyMap<string, string>;
}

const cell = "px-2 py-1.5 align-top sm:px-3";
const PREVIEW_CHARS = 140;

/** The receipt's timestamps, one a line, for the state's hover text. */
function receiptTitle(hop: Hop): string {
  const t = hop.timestamps;
  const lines: [string, number | null][] = [
    ["sent", t.sentAt],
    ["accepted", t.acceptedAt],
    ["delivered", t.deliveredAt],
    ["started", t.startedAt],
    ["caller released", t.callerReleasedAt],
    ["ended", t.endedAt],
    ["replied", t.repliedAt],
  ];
  const steps = lines.filter(([, at]) => at !== null).map(([word, at]) => `${word}: ${formatAbsolute(at!)}`);
  return [
    `${HOP_STATE_WORD[hop.state]}${hop.callerStatus ? ` (caller got ${hop.callerStatus})` : ""}`,
    ...steps,
    queueWords(hop, (key) => key, Date.now()) ?? "",
    deliveryWords(hop) ?? "",
    hop.error ?? "",
  ]
    .filter(Boolean)
    .join("\n");
}

export function HopRow({ hop, labels }: Props) {
  const label = (key: string) => labels.get(key) ?? null;
  return (
    <tr
      data-nav-item=""
      data-testid="hop-row"
      data-hop-id={hop.hopId}
      data-state={hop.state}
      className="border-t border-zinc-800/70 hover:bg-zinc-900/60"
    >
      <td data-label="Sent" className={`${cell} whitespace-nowrap text-zinc-400`}>
        <Link
          href={toolCallHref(hop.callerRunId, hop.toolCallId)}
          className="rounded hover:underline"
          title="Open the call in the caller's timeline"
        >
          <RelativeTime ts={hop.timestamps.sentAt} />
        </Link>
      </td>
      <td data-label="From → to" className={`${cell} max-w-[12rem] sm:max-w-[20rem]`}>
        <div className="flex min-w-0 flex-wrap items-center gap-x-1">
          <SessionLink
            sessionKey={hop.callerSessionKey}
            label={label(hop.callerSessionKey)}
            className="max-w-full"
          />
          <span aria-label={hop.kind === "spawn" ? "spawned in" : "sent to"} className="text-zinc-600">
            →
          </span>
          {hop.targetSessionKey ? (
            <SessionLink
              sessionKey={hop.targetSessionKey}
              label={label(hop.targetSessionKey)}
              className="max-w-full"
            />
          ) : (
            <span className="text-red-300">{targetWords(hop, (key) => label(key) ?? key)}</span>
          )}
        </div>
        {hop.targetRunId && (
          <Link href={runHref(hop.targetRunId)} className="text-[0.7rem] text-sky-300 hover:underline">
            target run →
          </Link>
        )}
      </td>
      <td
        data-label="Message"
        className={`${cell} hidden max-w-[24rem] md:table-cell`}
        title={hop.messagePreview}
      >
        <p className="truncate text-zinc-400">
          {oneLine(splitDemoScript(hop.messagePreview).prose || hop.messagePreview, PREVIEW_CHARS)}
        </p>
        {hop.error && <p className="truncate text-xs text-red-300">{oneLine(hop.error, 300)}</p>}
      </td>
      <td data-label="State" className={cell}>
        <HopStateBadge state={hop.state} title={receiptTitle(hop)} />
        <PolicyNotes notes={hop.notes} compact />
      </td>
      <td data-label="Waits" className={`${cell} hidden sm:table-cell`}>
        <HopWaits hop={hop} />
      </td>
      <td data-label="Root" className={`${cell} hidden max-w-[12rem] lg:table-cell`}>
        <Link
          href={`${runHref(hop.origin?.rootRunId ?? hop.callerRunId)}?view=chain`}
          className="block truncate rounded text-sky-300 hover:underline"
        >
          {hop.origin
            ? (label(hop.origin.rootSessionKey) ?? hop.origin.rootSessionKey)
            : `depth ${hop.depth}`}
        </Link>
        {hop.origin && (
          <p data-testid="hop-origin" className="truncate text-xs text-zinc-500">
            {hop.origin.via === "switchboard"
              ? `sent by ${hop.origin.user ?? "someone"} via Switchboard`
              : "started outside Switchboard"}
          </p>
        )}
      </td>
    </tr>
  );
}
