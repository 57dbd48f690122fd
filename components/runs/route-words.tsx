"use client";

import Link from "next/link";
import { formatDuration, formatLiveDuration, runHref, shortId } from "@/lib/format";
import type { RunSummary, SendRoute } from "@/lib/runs";
import { useNow } from "@/hooks/use-now";

interface Props {
  route: SendRoute;
  /** Tells the run page's words apart from the Send drawer's receipt. */
  testId: string;
  /** The send id as the API shows it: the carrier's status and times once it runs. */
  run: RunSummary;
}

const runLink = (runId: string) => (
  <Link href={runHref(runId)} className="rounded font-mono text-sky-300 hover:underline">
    run {shortId(runId)}…
  </Link>
);

/**
 * Where a message sent to a busy session went, in plain words: waiting behind run X (ticking),
 * waited and runs as run Y, steered into the running turn, or merged with other waiting messages.
 */
export function RouteWords({ route, run, testId }: Props) {
  const now = useNow();
  const behind = route.behindRunId ? (
    <>behind {runLink(route.behindRunId)}</>
  ) : (
    <>until the session is free</>
  );
  let words;
  if (route.disposition === "collected") {
    words = (
      <>
        Merged with other waiting messages into one later turn. The gateway names no message in it, so
        Switchboard cannot say which run answers this one.
      </>
    );
  } else if (route.disposition === "steered") {
    words = (
      <>
        The session was busy: this message was steered into its running turn
        {route.carrierRunId && <>, {runLink(route.carrierRunId)}</>}, which answers it.
      </>
    );
  } else if (route.carrierRunId && run.startedAt !== null && route.acceptedAt !== null) {
    words = (
      <>
        Waited {formatDuration(run.startedAt - route.acceptedAt)} {behind}; it runs as{" "}
        {runLink(route.carrierRunId)}.
      </>
    );
  } else {
    const waited =
      route.acceptedAt !== null ? ` for ${formatLiveDuration(now - route.acceptedAt)} so far` : "";
    words = (
      <>
        The session is busy: queued {behind}
        <span className="tabular-nums">{waited}</span>. It will run as a new turn.
      </>
    );
  }
  return (
    <p data-testid={testId} data-disposition={route.disposition} className="text-xs text-sky-200">
      {words}
    </p>
  );
}
