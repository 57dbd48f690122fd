import type { createServer, IncomingMessage, ServerResponse } from "node:http";
import { errorMessage } from "@/lib/errors";
import type { Config } from "./config";
import { sendError } from "./http/respond";
import { REPO_ROOT } from "./repo-root";

type PageHandler = (req: IncomingMessage, res: ServerResponse) => void;
type PageRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Next is loaded this long after the server listens, or at the first page request if sooner. */
const PREPARE_AFTER_MS = 250;

/**
 * Next renders the pages. It is prepared once the server listens (and answers /api, sockets,
 * health), or at the first page request; page requests that come before Next is ready wait
 * for it rather than being refused. Upgrades other than socket.io's (dev reloads) go to Next.
 */
export function startPages(
  config: Config,
  httpServer: ReturnType<typeof createServer>,
  log: (line: string) => void,
): PageHandler {
  let ready: Promise<PageRequestHandler | null> | null = null;
  const load = () =>
    (ready ??= prepare(config, httpServer).catch((error: unknown) => {
      log(`the pages could not be prepared (run npm run build): ${errorMessage(error)}`);
      return null;
    }));
  // Loading Next takes the event loop for a few hundred ms: not before the server answers.
  httpServer.once("listening", () => setTimeout(() => void load(), PREPARE_AFTER_MS).unref());
  return (req, res) =>
    void load().then((handle) =>
      handle ? handle(req, res) : sendError(res, "INTERNAL", "The pages are not built: run npm run build"),
    );
}

async function prepare(config: Config, httpServer: ReturnType<typeof createServer>) {
  const { default: next } = await import("next");
  const app = next({ dev: config.dev, dir: REPO_ROOT, hostname: config.host, port: config.port });
  await app.prepare();
  if (config.dev) {
    const upgrade = app.getUpgradeHandler();
    httpServer.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io/")) void upgrade(req, socket, head);
    });
  }
  return app.getRequestHandler();
}
