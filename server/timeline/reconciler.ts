import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import type { Ingest } from "./ingest";
import { closingEvents } from "./reconcile";

const MAX_OPEN_RUNS = 500;

/**
 * After every (re)connect: ask the gateway about each run Switchboard still shows as open,
 * so a run that ended while the dashboard was away does not spin forever.
 */
export function createReconciler(deps: {
  store: Store;
  ingest: Ingest;
  operations: GatewayOperations;
  log: (line: string) => void;
}) {
  let running: Promise<void> | null = null;

  async function reconcile(): Promise<void> {
    await deps.ingest.flush(); // the fresh session catalog first: it says which sessions are idle
    const open = await deps.store.listOpenRuns(MAX_OPEN_RUNS);
    let closed = 0;
    for (const run of open) {
      const outcome = await deps.operations.runOutcome(run.runId);
      const session = await deps.store.getSession(run.sessionKey);
      const idle = session !== null && session.gatewayStatus !== null && session.gatewayStatus !== "running";
      const events = closingEvents(run, outcome, idle, Date.now());
      if (events.length > 0) closed += 1;
      deps.ingest.pushDrafts(events);
    }
    await deps.ingest.flush();
    if (closed > 0) deps.log(`closed ${closed} run(s) that ended while Switchboard was disconnected`);
  }

  return {
    /** Runs one pass at a time; a reconnect during a pass does not start a second. */
    run(): Promise<void> {
      running ??= reconcile()
        .catch((error: unknown) => deps.log(`reconciling open runs failed: ${String(error)}`))
        .finally(() => (running = null));
      return running;
    },
  };
}

export type Reconciler = ReturnType<typeof createReconciler>;
