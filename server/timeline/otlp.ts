import { createHash } from "node:crypto";
import type { Chain, Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";

/**
 * A chain as OTLP/JSON traces (the `ExportTraceServiceRequest` JSON shape): one trace per
 * chain, a span per run and per hop; a target run is a child of its hop's span and links to
 * it, so Jaeger, Langfuse and friends draw the handoff.
 */
export function chainToOtlp(chain: Chain, now: number) {
  const traceId = hex(chain.rootRunId, 32);
  const hopInto = new Map(chain.hops.filter((h) => h.targetRunId).map((h) => [h.targetRunId!, h]));
  const spans = [
    ...chain.runs.map((run) => runSpan(run, traceId, hopInto.get(run.runId), now)),
    ...chain.hops.map((hop) => hopSpan(hop, traceId, now)),
  ];
  return traces(spans, [attr("switchboard.root_run_id", chain.rootRunId)]);
}

/**
 * Hops on their own (the Handoffs page's export) as OTLP/JSON: a span per hop, in the trace
 * of its chain's root run, so they join the chain exports of the same runs.
 */
export function hopsToOtlp(hops: readonly Hop[], now: number) {
  return traces(
    hops.map((hop) => hopSpan(hop, hex(hop.origin?.rootRunId ?? hop.callerRunId, 32), now)),
    [],
  );
}

function traces(spans: unknown[], attributes: ReturnType<typeof attr>[]) {
  return {
    resourceSpans: [
      {
        resource: { attributes: [attr("service.name", "openclaw"), ...attributes] },
        scopeSpans: [{ scope: { name: "switchboard", version: "0.1.0" }, spans }],
      },
    ],
  };
}

function runSpan(run: RunSummary, traceId: string, inbound: Hop | undefined, now: number) {
  const parent = inbound ? hex(`hop:${inbound.hopId}`, 16) : undefined;
  return {
    traceId,
    spanId: hex(`run:${run.runId}`, 16),
    ...(parent
      ? {
          parentSpanId: parent,
          links: [{ traceId, spanId: parent, attributes: [attr("switchboard.link", "handoff")] }],
        }
      : {}),
    name: `run ${run.sessionKey}`,
    kind: 1,
    startTimeUnixNano: nanos(run.startedAt ?? run.updatedAt),
    endTimeUnixNano: nanos(run.endedAt ?? now),
    attributes: [
      attr("openclaw.run_id", run.runId),
      attr("openclaw.session_key", run.sessionKey),
      attr("openclaw.status", run.status),
    ],
    status:
      run.status === "failed" || run.status === "aborted"
        ? { code: 2, message: run.error ?? run.status }
        : { code: 1 },
  };
}

function hopSpan(hop: Hop, traceId: string, now: number) {
  const t = hop.timestamps;
  return {
    traceId,
    spanId: hex(`hop:${hop.hopId}`, 16),
    parentSpanId: hex(`run:${hop.callerRunId}`, 16),
    name: `sessions_${hop.kind} → ${hop.targetSessionKey ?? "?"}`,
    kind: 3,
    startTimeUnixNano: nanos(t.sentAt),
    endTimeUnixNano: nanos(t.callerReleasedAt ?? t.repliedAt ?? t.endedAt ?? now),
    attributes: [
      attr("switchboard.hop_id", hop.hopId),
      attr("switchboard.hop_state", hop.state),
      attr("openclaw.target_session_key", hop.targetSessionKey ?? ""),
      attr("openclaw.caller_status", hop.callerStatus ?? ""),
    ],
    status:
      hop.state === "failed" || hop.state === "rejected"
        ? { code: 2, message: hop.error ?? hop.state }
        : { code: 1 },
  };
}

const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
const nanos = (ms: number) => `${BigInt(Math.round(ms)) * 1_000_000n}`;
const hex = (seed: string, length: number) =>
  createHash("sha256").update(seed).digest("hex").slice(0, length);
