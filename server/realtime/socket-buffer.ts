import type { Socket } from "socket.io";

/**
 * How much a socket has not yet written, and waiting for it to shrink. socket.io has no
 * public measure of this, so it is read here, in one place, from engine.io's queue and the
 * WebSocket's own `bufferedAmount` (ws's public API).
 */

/** Above this a slow reader gets no more replay pages until it catches up. */
const LOW_WATER_BYTES = 256 * 1024;
/** Above this a socket has stopped reading: it is cut off, and resyncs from its cursor on reconnect. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Packet {
  data?: string | ArrayBufferLike | ArrayBufferView;
}

function bufferedBytes(socket: Socket): number {
  const conn = socket.conn as unknown as {
    writeBuffer?: Packet[];
    transport: { socket?: { bufferedAmount?: number } };
  };
  let bytes = conn.transport.socket?.bufferedAmount ?? 0;
  for (const packet of conn.writeBuffer ?? []) {
    const data = packet.data;
    bytes += typeof data === "string" ? data.length : (data?.byteLength ?? 0);
  }
  return bytes;
}

/**
 * Resolves once the socket's buffer is below the low-water mark, or the socket is gone (or
 * changed transport: the caller asks again, on the new one).
 */
export function whenDrained(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    const transport = socket.conn.transport;
    const done = () => {
      transport.off("drain", check);
      socket.conn.off("upgrade", done);
      socket.off("disconnect", done);
      resolve();
    };
    const check = () => {
      if (!socket.connected || bufferedBytes(socket) < LOW_WATER_BYTES) done();
    };
    transport.on("drain", check);
    socket.conn.on("upgrade", done);
    socket.on("disconnect", done);
    check();
  });
}

/**
 * Cuts off a socket whose buffer has passed the limit: its TCP connection is destroyed at
 * once (a polite close would keep the buffer until the peer reads it), so its memory is
 * freed; the browser reconnects and resubscribes from the newest cursor it holds.
 */
export function cutOffIfFlooded(socket: Socket, log: (line: string) => void): boolean {
  const bytes = bufferedBytes(socket);
  if (bytes <= MAX_BUFFERED_BYTES) return false;
  log(`socket ${socket.id} cut off: ${Math.round(bytes / 1024)} KB unread`);
  (socket.conn.transport as unknown as { socket?: { terminate?(): void } }).socket?.terminate?.();
  socket.conn.close(true);
  return true;
}
