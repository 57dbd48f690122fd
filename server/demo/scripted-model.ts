import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import {
  chunkFrame,
  DONE_FRAME,
  estimateTokens,
  splitIntoChunks,
  textDeltas,
  toolCallDeltas,
  usageFrame,
  type CompletionIds,
} from "./openai-sse";
import { nextAction, type ScriptAction } from "./script";
import type { ChatRequest } from "./script-messages";

export interface ScriptedModel {
  /** OpenAI-style base URL, ending in `/v1`, for the gateway's provider config. */
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

/** Process-wide, so tool-call ids (`call_<n>`) never repeat even across several model servers. */
let completionCounter = 0;
/**
 * Reported prompt size. Honest counts (the system prompt alone is ~11k tokens) would make the
 * gateway's context accounting push long-lived demo sessions towards compaction.
 */
const PROMPT_TOKENS = 100;

/**
 * A loopback OpenAI Chat Completions server whose answers come from the script in `script.ts`.
 * The gateway only ever calls `POST /v1/chat/completions` with `stream: true`.
 */
export async function startScriptedModel(
  options: { host?: string; port?: number } = {},
): Promise<ScriptedModel> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Mid-stream, an error body would corrupt the SSE stream; cutting it off is the honest signal.
      if (res.headersSent) res.destroy(error instanceof Error ? error : new Error(String(error)));
      else reply(res, 500, String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://${host}:${port}/v1`, port, close: () => closeServer(server) };
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) return reply(res, 404, "not found");
  const body = JSON.parse(await readBody(req)) as Partial<ChatRequest> & { model?: string; stream?: boolean };
  if (!Array.isArray(body.messages)) return reply(res, 400, "messages must be an array");
  if (body.stream !== true) return reply(res, 400, "only stream: true is supported");
  // The gateway drops the connection when a run is aborted; stop streaming into the void then.
  const aborted = new AbortController();
  res.once("close", () => aborted.abort());
  const action = nextAction({ messages: body.messages, tools: body.tools });
  const sequence = ++completionCounter;
  try {
    await sleep(action.delayMs, undefined, { signal: aborted.signal });
    await stream(res, sequence, body.model ?? "fake-model", action, aborted.signal);
  } catch (error) {
    if (!aborted.signal.aborted) throw error;
  }
}

async function stream(
  res: ServerResponse,
  sequence: number,
  model: string,
  action: ScriptAction,
  signal: AbortSignal,
): Promise<void> {
  const ids: CompletionIds = { id: `chatcmpl-${sequence}`, model, created: Math.floor(Date.now() / 1000) };
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  const isText = action.type === "text";
  const deltas = isText
    ? textDeltas(splitIntoChunks(action.text, action.chunks))
    : toolCallDeltas(`call_${sequence}`, action.name, JSON.stringify(action.args));
  for (const [index, delta] of deltas.entries()) {
    // Pause between text pieces (not before the first) so a watcher sees the text grow.
    if (isText && index > 1) await sleep(action.chunkDelayMs, undefined, { signal });
    res.write(chunkFrame(ids, delta));
  }
  res.write(chunkFrame(ids, {}, isText ? "stop" : "tool_calls"));
  const output = isText ? action.text : JSON.stringify(action.args);
  res.write(usageFrame(ids, PROMPT_TOKENS, estimateTokens(output)));
  res.end(DONE_FRAME);
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { message } }));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
