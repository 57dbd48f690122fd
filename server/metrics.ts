import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * What Switchboard reports to Prometheus at GET /metrics. One registry per server (tests
 * start several in one process). The parts that know a figure feed it through the small
 * callbacks wired in server/main.ts; none of them imports prom-client.
 */
export function createMetrics(sources: {
  sockets: () => number;
  subscriptions: () => number;
  leader: () => boolean;
}) {
  const registry = new Registry();
  // Event-loop delay (nodejs_eventloop_lag_*), heap, RSS, GC, handles.
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const ingested = new Counter({
    name: "switchboard_ingest_events_total",
    help: "Events committed to the store (rate() of it is the ingest rate)",
    registers: [registry],
  });
  const queued = new Gauge({
    name: "switchboard_ingest_queue_depth",
    help: "Gateway frames and derived events waiting for the next store batch",
    registers: [registry],
  });
  const writes = new Histogram({
    name: "switchboard_store_write_seconds",
    help: "Time to commit one ingest batch to the store",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const gaps = new Counter({
    name: "switchboard_gaps_total",
    help: "Holes found in the gateway's frame sequence (events Switchboard may have missed)",
    registers: [registry],
  });
  new Gauge({
    name: "switchboard_sockets",
    help: "Connected socket.io clients",
    registers: [registry],
    collect() {
      this.set(sources.sockets());
    },
  });
  new Gauge({
    name: "switchboard_run_subscriptions",
    help: "Run timelines followed by sockets (one per socket and run)",
    registers: [registry],
    collect() {
      this.set(sources.subscriptions());
    },
  });
  new Gauge({
    name: "switchboard_leader",
    help: "1 on the instance that holds the leader lease and ingests from the gateway, 0 on a standby",
    registers: [registry],
    collect() {
      this.set(sources.leader() ? 1 : 0);
    },
  });

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    /** Fed by ingest after each committed batch. */
    batchWritten(events: number, seconds: number): void {
      ingested.inc(events);
      writes.observe(seconds);
    },
    queueDepth: (depth: number) => queued.set(depth),
    /** Counted by the recovery for every gap it records. */
    gap: (count = 1) => gaps.inc(count),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
