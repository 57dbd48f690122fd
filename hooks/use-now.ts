"use client";

import { useSyncExternalStore } from "react";

/** One clock for the whole page: every ticking time shares one interval, started on demand. */
const TICK_MS = 1000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(tick, TICK_MS);
    queueMicrotask(tick);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const snapshot = () => now;

/** The current time in epoch ms, updated every second while anything renders it. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
