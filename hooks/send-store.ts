"use client";

import { emptyDraft, newIdempotencyKey, parseDraft, type SendDraft } from "@/lib/send-draft";
import { createStore } from "./client-store";

/** The draft in the Send drawer: one per tab, kept in sessionStorage so a reload keeps it. */
export const draftStore = createStore(() => emptyDraft(newIdempotencyKey()), {
  area: "session",
  key: "switchboard:send-draft",
  parse: parseDraft,
});

export interface SentRun {
  runId: string;
  sessionKey: string;
  /** The draft's key had already started this run (a retry after a lost answer). */
  duplicate: boolean;
}

/** Whether the drawer is open, and the run the last send started (its receipt). */
export const drawerStore = createStore<{ open: boolean; sent: SentRun | null }>({ open: false, sent: null });

/** Opens the drawer on a fresh receipt; with a session, that session is picked. */
export function openSendDrawer(sessionKey?: string): void {
  if (sessionKey) draftStore.set((d: SendDraft) => ({ ...d, sessionKey, newSession: null }));
  drawerStore.set({ open: true, sent: null });
}

export function closeSendDrawer(): void {
  drawerStore.set((s) => ({ ...s, open: false }));
}

/** Changes the draft as typed; its idempotency key stays. */
export function updateDraft(patch: Partial<Omit<SendDraft, "idempotencyKey">>): void {
  draftStore.set((d) => ({ ...d, ...patch }));
}
