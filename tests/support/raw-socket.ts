import WebSocket from "ws";
import { TEST_ADMIN_TOKEN } from "./api-client";

/**
 * A socket.io client at the wire level (engine.io v4 over a bare WebSocket), for what the
 * real client never does: flood the server, or stop reading. It counts what it receives
 * without decoding it, and answers pings so the server keeps it.
 */
export async function connectRawSocket(baseUrl: string, token = TEST_ADMIN_TOKEN) {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`);
  let bytes = 0;
  const acks = new Map<number, string>();
  ws.on("message", (data: Buffer) => {
    bytes += data.length;
    const text = data.length < 512 ? data.toString() : "";
    if (text === "2") ws.send("3");
    const ack = /^43(\d+)(.*)$/s.exec(text);
    if (ack) acks.set(Number(ack[1]), ack[2]!);
  });
  const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    ws.once("error", reject);
    ws.once("message", () => {
      ws.send(`40${JSON.stringify({ token })}`);
      ws.once("message", (reply: Buffer) =>
        reply.toString().startsWith("40") ? resolve() : reject(new Error(reply.toString())),
      );
    });
  });
  let nextId = 0;
  return {
    /** Sends an event with an ack id; the ack's payload lands in `acks`. */
    emit(event: string, payload: unknown): number {
      const id = nextId++;
      ws.send(`42${id}${JSON.stringify([event, payload])}`);
      return id;
    },
    acks,
    received: () => bytes,
    /** Stops reading: the server's writes back up into its buffers. */
    stopReading: () => (ws as unknown as { _socket: { pause(): void } })._socket.pause(),
    resumeReading: () => (ws as unknown as { _socket: { resume(): void } })._socket.resume(),
    closed,
    close: () => ws.terminate(),
  };
}
