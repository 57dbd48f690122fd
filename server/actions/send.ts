import { randomUUID } from "node:crypto";
import {
  DEFAULT_QUEUE_MODE,
  type CreateSessionRequest,
  type Dispatch,
  type SendMessageRequest,
  type SendMessageResponse,
  newSessionKey,
} from "@/lib/dispatch";
import { agentIdFromSessionKey, type SessionSummary } from "@/lib/sessions";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import { ActionError } from "./action-error";

const PREVIEW_CHARS = 160;

/**
 * Sending from Switchboard: one run per idempotency key (also for concurrent double
 * submits), recorded with the user who sent it.
 */
export function createSendActions(deps: {
  store: Store;
  operations: () => GatewayOperations | null;
  /** Records the new session in the catalog; resolves once it can be sent to. */
  onSessionCreated: (sessionKey: string, label: string | null) => Promise<void>;
  /** A message is sent: a busy session makes it wait, and the run page says so from the start. */
  onDispatched: (dispatch: Dispatch) => Promise<void>;
}) {
  const inFlight = new Map<string, Promise<SendMessageResponse>>();

  function gateway(): GatewayOperations {
    const ops = deps.operations();
    if (!ops) throw new ActionError("GATEWAY_UNAVAILABLE", "Switchboard is not connected to a gateway yet");
    return ops;
  }

  async function dispatch(
    sessionKey: string,
    request: SendMessageRequest,
    key: string,
    user: string,
  ): Promise<SendMessageResponse> {
    const earlier = await deps.store.getDispatchByKey(key);
    if (earlier) return { runId: earlier.runId, status: "duplicate" };
    if (!(await deps.store.getSession(sessionKey))) {
      throw new ActionError(
        "NOT_FOUND",
        `No session ${sessionKey}: pick one from the list, or create it first`,
      );
    }
    const queueMode = request.queueMode ?? DEFAULT_QUEUE_MODE;
    const { runId } = await gateway()
      .sendMessage(sessionKey, request.message, key, queueMode)
      .catch((e: unknown) => {
        throw ActionError.fromGateway(e);
      });
    const record: Dispatch = {
      runId,
      sessionKey,
      user,
      at: Date.now(),
      messagePreview: request.message.slice(0, PREVIEW_CHARS),
      queueMode,
    };
    await deps.store.saveDispatch(record, key);
    await deps.onDispatched(record);
    return { runId, status: "accepted" };
  }

  return {
    send(sessionKey: string, request: SendMessageRequest, user: string): Promise<SendMessageResponse> {
      const key = request.idempotencyKey ?? randomUUID();
      const pending =
        inFlight.get(key) ?? dispatch(sessionKey, request, key, user).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
    async createSession(request: CreateSessionRequest): Promise<SessionSummary> {
      const sessionKey = newSessionKey(request, `sb-${randomUUID().slice(0, 8)}`);
      await gateway()
        .ensureSession(sessionKey, request.label ?? sessionKey.split(":").at(-1)!)
        .catch((e: unknown) => {
          throw ActionError.fromGateway(e);
        });
      await deps.onSessionCreated(sessionKey, request.label ?? null);
      return (await deps.store.getSession(sessionKey)) ?? emptySession(sessionKey, request);
    },
    async abort(runId: string): Promise<{ aborted: boolean; runIds: string[] }> {
      const run = await deps.store.getRun(runId);
      if (!run) throw new ActionError("NOT_FOUND", `No run with id ${runId}`);
      return gateway()
        .abortRun(run.sessionKey, runId)
        .catch((e: unknown) => {
          throw ActionError.fromGateway(e);
        });
    },
  };
}

export type SendActions = ReturnType<typeof createSendActions>;

function emptySession(sessionKey: string, request: CreateSessionRequest): SessionSummary {
  return {
    sessionKey,
    agentId: agentIdFromSessionKey(sessionKey),
    label: request.label ?? null,
    displayName: null,
    kind: null,
    channel: null,
    gatewayStatus: null,
    runs: 0,
    activeRuns: 0,
    lastActivityAt: Date.now(),
  };
}
