import { z } from "zod";
import { CreateSessionRequest, SendMessageRequest } from "@/lib/dispatch";
import { ProgressKinds } from "@/lib/progress";
import type { RunSummary } from "@/lib/runs";
import type { DeadlockActions } from "../actions/deadlocks";
import type { SendActions } from "../actions/send";
import type { RunStreams } from "../realtime/run-stream";
import type { Store } from "../store/store";
import type { Identify } from "./identity";
import { readBody } from "./read-body";
import { describeZodError, sendError, sendJson } from "./respond";
import { get, post, type RouteContext, type Route } from "./router";

const StreamQuery = z.object({
  events: ProgressKinds,
  follow: z.enum(["hops"]).optional(),
  after: z.coerce.number().int().nonnegative().optional(),
});

/** What changes things: send (optionally answered with the progress stream), create, abort, and the stream itself. */
export function actionRoutes(deps: {
  store: Store;
  runView: (runId: string) => Promise<RunSummary | null>;
  actions: SendActions;
  deadlockActions: DeadlockActions;
  streams: RunStreams;
  identify: Identify;
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
    });
  }

  return [
    post(/^\/api\/sessions$/, async ({ req, res }) => {
      const request = await readBody(req, CreateSessionRequest);
      sendJson(res, 201, { session: await deps.actions.createSession(request) });
    }),
    post(/^\/api\/sessions\/(?<sessionKey>[^/]+)\/messages$/, async (ctx) => {
      const request = await readBody(ctx.req, SendMessageRequest);
      const sent = await deps.actions.send(ctx.params.sessionKey!, request, deps.identify(ctx.req));
      if (request.stream) return stream(ctx, sent.runId);
      sendJson(ctx.res, 202, sent);
    }),
    post(/^\/api\/runs\/(?<runId>[^/]+)\/abort$/, async ({ params, res }) => {
      sendJson(res, 200, await deps.actions.abort(params.runId!));
    }),
    post(/^\/api\/deadlocks\/(?<deadlockId>[^/]+)\/break$/, async ({ params, res }) => {
      sendJson(res, 200, await deps.deadlockActions.breakDeadlock(params.deadlockId!));
    }),
    get(/^\/api\/runs\/(?<runId>[^/]+)\/stream$/, async (ctx) => {
      if (!(await deps.runView(ctx.params.runId!)))
        return sendError(ctx.res, "NOT_FOUND", `No run with id ${ctx.params.runId}`);
      await stream(ctx, ctx.params.runId!);
    }),
  ];
}
