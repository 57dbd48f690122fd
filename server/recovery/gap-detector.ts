import type { GapReason } from "@/lib/gaps";
import type { LinkEvent } from "../gateway/bridge";

/** A gap as detected, before its backfill: `restartedAt` when the gateway restarted inside it. */
export interface DetectedGap {
  from: number;
  to: number;
  reason: GapReason;
  restartedAt: number | null;
}

/**
 * Tells gaps from the link's events. Pure state machine, no clock of its own.
 * - a lost link, then a subscription again: `disconnect`, or `gateway_restart` when the
 *   gateway's bootId changed (its frame seq restarted too, so no seq jump shows it);
 * - the first subscription after Switchboard started, when the store holds older events:
 *   `switchboard_downtime`, from the newest stored event;
 * - a jump in the frame seq: `seq_jump`, from the last frame before it.
 * The gateway's per-run `seq` skips numbers in normal operation, so it tells no gap.
 */
export function createGapDetector(lastStoredAt: number | null) {
  let bootId: string | null = null;
  let lostAt: number | null = null;
  let started = false;
  let lastFrameAt: number | null = null;

  function subscribed(e: Extract<LinkEvent, { type: "subscribed" }>): DetectedGap | null {
    const first = !started;
    const restarted = bootId !== null && e.bootId !== null && e.bootId !== bootId;
    const from = first ? lastStoredAt : lostAt;
    started = true;
    bootId = e.bootId ?? bootId;
    lostAt = null;
    if (from === null) return null;
    const restartedAt = e.bootedAt !== null && e.bootedAt > from ? e.bootedAt : null;
    const reason: GapReason = first ? "switchboard_downtime" : restarted ? "gateway_restart" : "disconnect";
    return { from, to: e.at, reason, restartedAt: restarted || first ? restartedAt : null };
  }

  return {
    /** Every live frame: where a later seq jump starts. */
    frame(at: number): void {
      lastFrameAt = at;
    },
    link(e: LinkEvent): DetectedGap | null {
      switch (e.type) {
        case "lost":
          if (started) lostAt ??= e.at;
          return null;
        case "subscribed":
          return subscribed(e);
        case "seq_jump":
          return { from: lastFrameAt ?? e.at, to: e.at, reason: "seq_jump", restartedAt: null };
      }
    },
  };
}
