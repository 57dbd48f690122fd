import type { GatewayStatus } from "@/lib/health";
import type { RunSummary } from "@/lib/runs";
import type { DeadlockActions } from "../actions/deadlocks";
import type { SendActions } from "../actions/send";
import type { RunStreams } from "../realtime/run-stream";
import type { LoadedPolicies } from "../policies/load-policies";
import type { Store } from "../store/store";
import type { Handoffs } from "../timeline/handoffs";
import { actionRoutes } from "./action-routes";
import { handoffRoutes } from "./handoff-routes";
import type { Identify } from "./identity";
import { readRoutes } from "./read-routes";
import { createRouter } from "./router";

/** Every /api route; errors are `{ error: { code, message } }` with stable codes. */
export function createApi(deps: {
  store: Store;
  /** A run as the API shows it (a send id run under another id shows that run). */
  runView: (runId: string) => Promise<RunSummary | null>;
  handoffs: Pick<Handoffs, "chain">;
  actions: SendActions;
  deadlockActions: DeadlockActions;
  streams: RunStreams;
  identify: Identify;
  policies: LoadedPolicies;
  grantedScopes: () => string[] | null;
  gatewayStatus: () => GatewayStatus;
}) {
  return createRouter([...readRoutes(deps), ...handoffRoutes(deps), ...actionRoutes(deps)]);
}
