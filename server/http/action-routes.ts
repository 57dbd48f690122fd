import { z } from "zod";
import { AbortRequest, CreateSessionRequest, SendMessageRequest } from "@/lib/dispatch";
import { ProgressKinds } from "@/lib/progress";
import type { RunSummary } from "@/lib/runs";
import type { DeadlockActions } from "../actions/deadlocks";
import type { SendActions } from "../actions/send";
import type { RunStreams } from "../realtime/run-stream";
import type { SessionStreams } from "../realtime/session-stream";
import type { Store } from "../store/store";
import { readBody } from "./read-body";
import { describeZodError, sendError, sendJson } from "./respond";
import { get, post, type RouteContext, type Route } from "./router";

const StreamQuery = z.object({
  events: ProgressKinds,
  follow: z.enum(["hops"]).optional(),
  after: z.coerce.number().int().nonnegative().optional(),
  /** Seconds to wait for the runs to end before a `timeout` result (they keep running). */
  timeout: z.coerce.number().int().min(1).max(3600).optional(),
});

/** What changes things: send (optionally answered with the progress stream), create, abort, and the stream itself. */
export function actionRoutes(deps: {
  store: Store;
  runView: (runId: string) => Promise<RunSummary | null>;
  actions: SendActions;
  deadlockActions: DeadlockActions;
  streams: RunStreams;
  sessionStreams: SessionStreams;
}): Route[] {
  async function stream(ctx: RouteContext, runId: string): Promise<void> {
    const parsed = StreamQuery.safeParse(Object.fromEntries(ctx.query));
    if (!parsed.success) return sendError(ctx.res, "INVALID_REQUEST", describeZodError(parsed.error));
    const lastEventId = Number(ctx.req.headers["last-event-id"]);
    const after =
      Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : (parsed.data.after ?? 0);
    await deps.streams.open(ctx.res, runId, {
      kinds: parsed.data.events,
      followHops: parsed.data.follow === "hops",
      after,
      timeoutSeconds: parsed.data.timeout ?? null,
    });
  }

  return [
    post(
      /^\/api\/sessions$/,
      async ({ req, res, audit }) => {
        const request = await readBody(req, CreateSessionRequest);
        const session = await deps.actions.createSession(request);
        audit.target = session.sessionKey;
        sendJson(res, 201, { session });
      },
      { role: "operator", audit: "create_session", rate: "dispatch" },
    ),
    post(
      /^\/api\/sessions\/(?<sessionKey>[^/]+)\/messages$/,
      async (ctx) => {
        const request = await readBody(ctx.req, SendMessageRequest);
        const sent = await deps.actions.send(ctx.params.sessionKey!, request, ctx.principal!.name);
        ctx.audit.detail = `run ${sent.runId} (${sent.status})`;
        if (request.stream) return stream(ctx, sent.runId);
        sendJson(ctx.res, 202, sent);
      },
      { role: "operator", audit: "send", rate: "dispatch" },
    ),
    post(
      /^\/api\/runs\/(?<runId>[^/]+)\/abort$/,
      async ({ req, params, res }) => {
        await readBody(req, AbortRequest);
        sendJson(res, 200, await deps.actions.abort(params.runId!));
      },
      { role: "operator", audit: "abort", rate: "dispatch" },
    ),
    post(
      /^\/api\/deadlocks\/(?<deadlockId>[^/]+)\/break$/,
      async ({ req, params, res, audit }) => {
        await readBody(req, AbortRequest);
        audit.target = params.deadlockId!;
        sendJson(res, 200, await deps.deadlockActions.breakDeadlock(params.deadlockId!));
      },
      { role: "operator", audit: "break_deadlock", rate: "dispatch" },
    ),
    get(
      /^\/api\/sessions\/(?<sessionKey>[^/]+)\/stream$/,
      async (ctx) => {
        const parsed = StreamQuery.safeParse(Object.fromEntries(ctx.query));
        if (!parsed.success) return sendError(ctx.res, "INVALID_REQUEST", describeZodError(parsed.error));
        deps.sessionStreams.open(ctx.res, ctx.params.sessionKey!, {
          kinds: parsed.data.events,
          followHops: parsed.data.follow === "hops",
          timeoutSeconds: parsed.data.timeout ?? null,
        });
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/runs\/(?<runId>[^/]+)\/stream$/,
      async (ctx) => {
        if (!(await deps.runView(ctx.params.runId!)))
          return sendError(ctx.res, "NOT_FOUND", `No run with id ${ctx.params.runId}`);
        await stream(ctx, ctx.params.runId!);
      },
      { role: "viewer" },
    ),
  ];
}
