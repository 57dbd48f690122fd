import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Server } from "socket.io";
import { ConfigError, loadConfig, type Config } from "./config";
import type { Demo } from "./demo/start-demo";
import { errorMessage } from "@/lib/errors";
import { createGatewayBridge, type GatewayBridge } from "./gateway/bridge";
import { createGatewayOperations, type GatewayOperations } from "./gateway/operations";
import { createGatewayStatus } from "./gateway-status";
import { createDeadlockActions } from "./actions/deadlocks";
import { createSendActions } from "./actions/send";
import { createApi } from "./http/api";
import { createAuditLog } from "./auth/audit-log";
import { createAuthenticator } from "./auth/authenticator";
import { createClientAddress } from "./auth/client-address";
import { assertSafeExposure, isLoopback } from "./auth/exposure";
import { createGate, credentialRoom } from "./auth/gate";
import { ensurePrivateDir, loadAdminToken } from "./auth/private-files";
import { answerClientError } from "./http/client-error";
import { sendError } from "./http/respond";
import { createSqliteAuthStore } from "./store/sqlite/auth-store";
import { fanOut } from "./realtime/fan-out";
import { createPolicyEngine } from "./policies/engine";
import { loadPolicies } from "./policies/load-policies";
import { createPolicyPreview } from "./policies/preview";
import { createHub, type HubServer } from "./realtime/hub";
import { createRunStreams } from "./realtime/run-stream";
import { createSessionStreams } from "./realtime/session-stream";
import { windowReader } from "./store/read-window";
import { createSqliteStore } from "./store/sqlite/sqlite-store";
import { createHandoffs } from "./timeline/handoffs";
import { createIngest } from "./timeline/ingest";
import { createRecovery } from "./recovery/recovery";
import { createSendRoutes } from "./timeline/routes";
import { createMetrics } from "./metrics";
import { createActivityMeter } from "./timeline/activity-meter";
import { startPages } from "./pages";
import { createRelay } from "./cluster/relay";
import type { LeaderLease } from "./cluster/leader-lease";
// PostgreSQL and Redis load only when configured: their clients would slow every start of
// the embedded default (record 060).
const postgres = () => import("./store/postgres/pg-store");
const postgresAuth = () => import("./store/postgres/pg-auth-store");
const redisAdapter = () => import("./cluster/redis-adapter");
const leaderLease = () => import("./cluster/leader-lease");

export interface SwitchboardOptions {
  /** Serve the Next.js pages (off in integration tests, which only need /api and sockets). */
  pages: boolean;
  /** Connect to the configured gateway, or start the demo one when none is configured. */
  gateway: boolean;
  log?: (line: string) => void;
}

/** The composition root: config → store → hub → ingest → http → gateway → Next. */
export async function startSwitchboard(config: Config, options: SwitchboardOptions) {
  const log = options.log ?? ((line: string) => console.log(`[switchboard] ${line}`));
  const policies = loadPolicies(config.policiesFile);
  let bridge: GatewayBridge | null = null;
  let operations: GatewayOperations | null = null;
  let demo: Demo | null = null;

  ensurePrivateDir(config.dataDir);
  const authStore = config.databaseUrl
    ? await (await postgresAuth()).createPostgresAuthStore({ url: config.databaseUrl })
    : createSqliteAuthStore({ file: join(config.dataDir, "auth.db") });
  const apiTokens = (await authStore.listTokens()).filter((t) => t.revokedAt === null);
  try {
    assertSafeExposure(config.host, {
      users: policies.users.filter((u) => u.password).length,
      apiTokens: apiTokens.length,
      trustedProxies: config.auth.trustedProxies.length,
    });
  } catch (error) {
    await authStore.close();
    throw error;
  }
  const clientAddress = createClientAddress(config.auth.trustedProxies);
  const authenticator = createAuthenticator({
    adminToken: loadAdminToken(config.dataDir, config.auth.token),
    adminName: config.user,
    users: policies.users,
    store: authStore,
    trustedUserHeader: config.auth.trustedUserHeader,
    clientAddress,
  });
  const gate = createGate({
    authenticator,
    clientAddress,
    listenHost: config.host,
    allowedHosts: config.auth.allowedHosts,
    dispatchPerMinute: config.auth.dispatchPerMinute,
  });
  const audit = createAuditLog({ store: authStore, log });

  const store = config.databaseUrl
    ? await (await postgres()).createPostgresStore({ url: config.databaseUrl })
    : createSqliteStore({ file: join(config.dataDir, "switchboard.db") });
  // Pages and /api; socket.io's engine wraps this handler and answers its own path first.
  const httpServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith("/api/") || req.url === "/metrics" || !pages) return void api.handle(req, res);
    const refusal = gate.checkRequest(req);
    if (refusal) return sendError(res, refusal.code, refusal.message);
    pages(req, res);
  });
  httpServer.on("clientError", answerClientError);
  const io: HubServer = new Server(httpServer, {
    destroyUpgrade: false,
    serveClient: false,
    allowRequest: gate.allowSocketRequest,
    // Clients send small requests (subscribe, unsubscribe): a large one is refused, not buffered.
    maxHttpBufferSize: 64 * 1024,
  });
  io.use((socket, next) => void gate.authenticateSocket(socket, next));
  // Several instances: the Redis adapter joins their sockets, the relay their committed changes.
  const closeRedis = config.redisUrl
    ? await (await redisAdapter()).attachRedisAdapter(io, config.redisUrl)
    : null;
  const relay = config.redisUrl ? createRelay(io) : null;
  // A standby that started after the leader's last status change learns it within seconds.
  const statusBeat = setInterval(() => isLeader() && relay?.out.gateway(status.current()), 5000).unref();
  let lease: LeaderLease | null = null;
  const isLeader = () => lease?.isLeader() ?? true;
  const dropCredential = (credentialId: string) =>
    io.in(credentialRoom(credentialId)).disconnectSockets(true);
  const status = createGatewayStatus({
    url: config.gateway?.url ?? null,
    demo: options.gateway && !config.gateway,
    onChange: (s) => {
      hub.gateway(s);
      if (isLeader()) relay?.out.gateway(s);
    },
  });
  const hub = createHub({
    io,
    replay: store.listEvents,
    readWindow: windowReader(store),
    gatewayStatus: status.current,
    log,
  });
  const metrics = createMetrics({
    sockets: () => io.engine.clientsCount,
    subscriptions: hub.subscriptions,
    leader: isLeader,
  });
  const activity = createActivityMeter({ startedRuns: (await store.listRuns({ limit: 200 })).runs });
  const publish = fanOut(() => [
    hub,
    streams,
    sessionStreams,
    policyEngine,
    activity,
    ...(relay ? [relay.out] : []),
  ]);
  // Another instance's changes reach this one's browsers, streams and counts (policies act on the leader only).
  relay?.receive({
    ...fanOut(() => [hub, streams, sessionStreams, activity]),
    gap: (gap) => hub.gap(gap),
    gateway: (s) => void (isLeader() || status.connection(s)),
  });
  const routes = await createSendRoutes({ store });
  const handoffs = await createHandoffs({
    store,
    publish,
    maxDepth: policies.policies.maxHandoffDepth,
    routes,
  });
  const streams = createRunStreams({
    replay: store.listEvents,
    getRun: routes.view,
    hopsFrom: handoffs.hopsFrom,
  });
  const sessionStreams = createSessionStreams({ replay: store.listEvents });
  const ingest = createIngest({
    store,
    publish,
    handoffs,
    log,
    observe: metrics,
    health: {
      refused: (error) => status.store(error),
      recovered: (droppedFrom) => {
        status.store(null);
        if (droppedFrom !== null) void recovery.storeDropped(droppedFrom);
      },
    },
  });
  const recovery = await createRecovery({
    store,
    ingest,
    operations: () => operations,
    onGap: (gap) => {
      hub.gap(gap);
      relay?.out.gap(gap);
      metrics.gap();
    },
    log,
  });
  const actions = createSendActions({
    store,
    operations: () => operations,
    onDispatched: async (dispatch) => {
      const waiting = await routes.noteDispatch({ ...dispatch, queueMode: dispatch.queueMode ?? "followup" });
      if (waiting) publish.runs([waiting]);
    },
    onSessionCreated: (key, label) => {
      ingest.pushSessions([{ key, label }]);
      return ingest.flush();
    },
  });
  const policyEngine = createPolicyEngine({
    policies: policies.policies,
    store,
    operations: () => operations,
    sessionPath: handoffs.sessionPath,
    hopInto: handoffs.hopInto,
    annotate: (hopId, notes) => void handoffs.annotate(hopId, notes),
    log,
    holdAfterPost: config.testHoldAfterPost,
  });
  const deadlockActions = createDeadlockActions({ handoffs, operations: () => operations });
  const api = createApi({
    store,
    authStore,
    runView: routes.view,
    handoffs,
    actions,
    deadlockActions,
    streams,
    sessionStreams,
    gate,
    authenticator,
    audit,
    dropCredential,
    policies,
    previewPolicies: createPolicyPreview({ store, render: policyEngine.preview }),
    grantedScopes: () => bridge?.grantedScopes() ?? null,
    gatewayStatus: status.current,
    instance: () => ({ id: config.instanceId, leader: isLeader() }),
    metrics,
    activity,
  });
  const pages = options.pages ? startPages(config, httpServer, log) : null;

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  log(`listening on http://${config.host}:${port}`);
  // The one-time link: the admin token itself never goes to the terminal or a log.
  const linkHost = isLoopback(config.host) ? config.host : "127.0.0.1";
  const loginLink = `http://${linkHost}:${port}/login#token=${authenticator.issueLoginCode()}`;
  const tokenSource = config.auth.token
    ? "SWITCHBOARD_TOKEN"
    : `the token in ${join(config.dataDir, "admin-token")}`;
  log(`sign in: ${loginLink}  (works once; afterwards sign in with ${tokenSource})`);

  async function connectGateway(): Promise<void> {
    let target = config.gateway;
    if (!target) {
      // Loaded only here: a dashboard pointed at a real gateway never touches the demo code.
      const { startDemo } = await import("./demo/start-demo");
      demo = await startDemo({
        dataDir: config.dataDir,
        hostEnv: config.hostEnv,
        onProgress: (step) => status.startup(step),
        log,
      });
      target = { url: demo.url, token: demo.token, source: "env" };
    }
    bridge = createGatewayBridge({
      url: target.url,
      token: target.token,
      identityFile: join(config.dataDir, "device-identity.json"),
      demo: demo !== null,
      onFrame: (frame) => {
        recovery.frame(frame.receivedAt);
        ingest.push(frame);
      },
      onSessions: ingest.pushSessions,
      onLink: recovery.link,
      onStatus: (s) => {
        status.connection(s);
        if (s.state !== "connected") return;
        // Notes a crash or a restart left unfinished: each is checked in the transcript first.
        policyEngine.hops(handoffs.withOpenNotes());
        startDemoWork();
      },
      log,
    });
    operations = createGatewayOperations(bridge);
    bridge.start();
  }

  /** The demo's agents start working once the bridge is connected, not before. */
  let demoDriving = false;
  function startDemoWork(): void {
    if (!demo || !operations || demoDriving) return;
    demoDriving = true;
    demo.drive(operations);
    status.startup("demo running", true);
  }

  function startIngest(): void {
    connectGateway().catch((error: unknown) => {
      log(`the gateway could not be started: ${errorMessage(error)}`);
      status.failed(errorMessage(error));
    });
  }

  /** This instance won the lease: read what the last leader stored, then ingest (and backfill its gap). */
  async function takeOver(): Promise<void> {
    await Promise.all([handoffs.reload(), routes.reload(), recovery.takeOver()]);
    startIngest();
  }

  /** The lease is lost: stop ingesting at once, another instance has or will have it. */
  async function standBy(): Promise<void> {
    const stopping = bridge;
    bridge = null;
    operations = null;
    await stopping?.stop();
  }

  if (options.gateway && config.databaseUrl) {
    const { createLeaderLease } = await leaderLease();
    lease = createLeaderLease({
      url: config.databaseUrl,
      instanceId: config.instanceId,
      log,
      onChange: (leader) =>
        void (leader ? takeOver() : standBy()).catch((e: unknown) => log(errorMessage(e))),
    });
    lease.start();
  } else if (options.gateway) startIngest();

  return {
    port,
    store,
    /** The API's routes with the role each needs (the role tests walk them). */
    routes: api.routes,
    /** The one-time sign-in link printed at start. */
    loginLink,
    ingest,
    /** Resolves when every gap found so far is backfilled and open runs are settled. */
    recovered: recovery.settled,
    status: status.current,
    /** What Switchboard can ask of the gateway, once a bridge exists. */
    operations: (): GatewayOperations | null => operations,
    async close(): Promise<void> {
      await demo?.stopDriving();
      clearInterval(statusBeat);
      await lease?.stop();
      await bridge?.stop();
      recovery.stop();
      await recovery.settled();
      await ingest.flush();
      await io.close();
      await closeRedis?.();
      await demo?.stop();
      await store.close();
      await authStore.close();
    },
  };
}

export type Switchboard = Awaited<ReturnType<typeof startSwitchboard>>;

async function main(): Promise<void> {
  let app: Switchboard;
  try {
    app = await startSwitchboard(loadConfig(), { pages: true, gateway: true });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Switchboard did not start. ${error.message}`);
    process.exit(2);
  }
  const shutdown = (): void => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (import.meta.filename === process.argv[1]) void main();
