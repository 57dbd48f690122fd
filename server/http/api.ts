import type { GatewayStatus, InstanceInfo } from "@/lib/health";
import type { RunSummary } from "@/lib/runs";
import type { DeadlockActions } from "../actions/deadlocks";
import type { SendActions } from "../actions/send";
import type { AuditLog } from "../auth/audit-log";
import type { Authenticator } from "../auth/authenticator";
import type { Gate } from "../auth/gate";
import type { RunStreams } from "../realtime/run-stream";
import type { SessionStreams } from "../realtime/session-stream";
import type { LoadedPolicies } from "../policies/load-policies";
import type { PolicyPreviewer } from "../policies/preview";
import type { AuthStore } from "../store/auth-store";
import type { Store } from "../store/store";
import type { Handoffs } from "../timeline/handoffs";
import type { Metrics } from "../metrics";
import type { ActivityMeter } from "../timeline/activity-meter";
import { actionRoutes } from "./action-routes";
import { auditRoutes } from "./audit-routes";
import { authRoutes } from "./auth-routes";
import { handoffRoutes } from "./handoff-routes";
import { metricsRoutes } from "./metrics-routes";
import { overviewRoutes } from "./overview-routes";
import { readRoutes } from "./read-routes";
import { createRouter } from "./router";
import { tokenRoutes } from "./token-routes";

/**
 * Every /api route, each declaring who may call it (router.ts); errors are
 * `{ error: { code, message } }` with stable codes. `routes` is the list the role tests walk.
 */
export function createApi(deps: {
  store: Store;
  authStore: AuthStore;
  /** A run as the API shows it (a send id run under another id shows that run). */
  runView: (runId: string) => Promise<RunSummary | null>;
  handoffs: Pick<Handoffs, "chain">;
  actions: SendActions;
  deadlockActions: DeadlockActions;
  streams: RunStreams;
  sessionStreams: SessionStreams;
  policies: LoadedPolicies;
  previewPolicies: PolicyPreviewer;
  grantedScopes: () => string[] | null;
  gatewayStatus: () => GatewayStatus;
  instance: () => InstanceInfo;
  gate: Gate;
  authenticator: Authenticator;
  audit: AuditLog;
  dropCredential: (credentialId: string) => void;
  metrics: Pick<Metrics, "contentType" | "render">;
  activity: Pick<ActivityMeter, "snapshot">;
}) {
  const routes = [
    ...authRoutes(deps),
    ...readRoutes(deps),
    ...overviewRoutes(deps),
    ...handoffRoutes(deps),
    ...actionRoutes(deps),
    ...tokenRoutes({ ...deps, store: deps.authStore }),
    ...auditRoutes({ store: deps.authStore }),
    ...metricsRoutes(deps),
  ];
  return { handle: createRouter(routes, deps), routes };
}
