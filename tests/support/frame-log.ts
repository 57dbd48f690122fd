import { writeFileSync } from "node:fs";
import type { EventFrame } from "@openclaw/gateway-protocol";

/** One line of a recording, the format of the shared fixtures. */
interface RecordedLine {
  recvAt: number;
  recvIso: string;
  frame: unknown;
}

export interface FrameLog {
  record(frame: unknown): void;
  /** The first event, recorded before or after the call, that matches; rejects after `timeoutMs`. */
  waitForEvent(what: string, match: (event: EventFrame) => boolean, timeoutMs?: number): Promise<EventFrame>;
  /** Writes the recording as JSON lines, with secrets and the scratch dir blanked out; returns the line count. */
  write(file: string, redact: { secrets: string[]; scratchDir: string }): number;
}

const SECRET_KEYS = new Set(["token", "deviceToken"]);

export function createFrameLog(now: () => number = Date.now): FrameLog {
  const lines: RecordedLine[] = [];
  const waiters = new Set<(event: EventFrame) => void>();
  const events = () =>
    lines.map((line) => line.frame as EventFrame).filter((frame) => frame.type === "event");
  return {
    record(frame) {
      const recvAt = now();
      lines.push({ recvAt, recvIso: new Date(recvAt).toISOString(), frame });
      if ((frame as EventFrame).type === "event")
        for (const waiter of [...waiters]) waiter(frame as EventFrame);
    },
    waitForEvent(what, match, timeoutMs = 30_000) {
      const seen = events().find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = (event: EventFrame) => {
          if (!match(event)) return;
          finish();
          resolve(event);
        };
        const timer = setTimeout(() => {
          finish();
          const recent = events()
            .slice(-8)
            .map((event) => event.event)
            .join(", ");
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last events: ${recent}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(waiter);
        };
        waiters.add(waiter);
      });
    },
    write(file, { secrets, scratchDir }) {
      const hideKeys = (key: string, value: unknown) =>
        SECRET_KEYS.has(key) && typeof value === "string" ? "<redacted>" : value;
      const text = lines
        .map((line) => JSON.stringify(line, hideKeys))
        .map((json) =>
          secrets
            .reduce((out, secret) => out.replaceAll(secret, "<redacted>"), json)
            .replaceAll(scratchDir, "<scratch>"),
        )
        .join("\n");
      writeFileSync(file, `${text}\n`);
      return lines.length;
    },
  };
}
