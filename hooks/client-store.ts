"use client";

import { useSyncExternalStore } from "react";

/**
 * A small piece of browser state shared across components (the send draft, following,
 * subscriptions), optionally kept in localStorage or sessionStorage. Read it with `useStore`.
 * Query data never goes here: that lives in the query cache.
 */
export interface ClientStore<T> {
  get(): T;
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
  /** What the server renders, and the value before storage is read. */
  readonly initial: T;
}

interface Persist<T> {
  area: "local" | "session";
  key: string;
  /** The stored value, or null when it is missing or no longer fits. */
  parse: (raw: unknown) => T | null;
}

export function createStore<T>(initial: T | (() => T), persist?: Persist<T>): ClientStore<T> {
  const first = typeof initial === "function" ? (initial as () => T)() : initial;
  const listeners = new Set<() => void>();
  let value = first;
  let loaded = !persist;

  const storage = () => (persist?.area === "local" ? window.localStorage : window.sessionStorage);
  const load = () => {
    if (loaded || typeof window === "undefined" || !persist) return;
    loaded = true;
    value = read(storage(), persist) ?? value;
  };

  return {
    initial: first,
    get() {
      load();
      return value;
    },
    set(next) {
      load();
      const updated = typeof next === "function" ? (next as (current: T) => T)(value) : next;
      if (Object.is(updated, value)) return;
      value = updated;
      if (persist) write(storage(), persist.key, value);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      // Another tab changed localStorage: take its value.
      const onStorage = (event: StorageEvent) => {
        if (!persist || event.key !== persist.key || event.storageArea !== storage()) return;
        value = read(storage(), persist) ?? first;
        listener();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener("storage", onStorage);
      };
    },
  };
}

export function useStore<T>(store: ClientStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, () => store.initial);
}

function read<T>(storage: Storage, persist: Persist<T>): T | null {
  try {
    const raw = storage.getItem(persist.key);
    return raw === null ? null : persist.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Storage can be full or off (private modes): the value then lives for this page only. */
function write(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Kept in memory.
  }
}
