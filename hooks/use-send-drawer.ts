"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";
import { useStore } from "./client-store";
import { closeSendDrawer, draftStore, drawerStore, openSendDrawer } from "./send-store";
import { useModalDialog } from "./use-modal-dialog";
import { useSendMessage } from "./use-send-message";
import { useSessionSearch } from "./use-session-search";
import { useShortcut } from "./use-shortcut";

/**
 * Everything the Send drawer shows and does: open state (`s` opens it, Esc closes it), the
 * draft, the session search, sending (Ctrl/⌘+Enter too) and the receipt of the last send.
 * Focus starts in the search, or in the message once a session is picked.
 */
export function useSendDrawer() {
  const { open, sent } = useStore(drawerStore);
  const draft = useStore(draftStore);
  const send = useSendMessage();
  const search = useSessionSearch();
  const dialog = useModalDialog(open, closeSendDrawer);
  const searchRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  useShortcut("s", () => openSendDrawer());

  useEffect(() => {
    const { sessionKey, newSession } = draftStore.get();
    if (open) (sessionKey !== null || newSession !== null ? messageRef : searchRef).current?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    send.submit();
  };
  const sendAnother = () => {
    drawerStore.set((s) => ({ ...s, sent: null }));
    messageRef.current?.focus();
  };

  return {
    open,
    draft,
    search,
    dialog,
    searchRef,
    messageRef,
    onKeyDown,
    sendAnother,
    ...send,
    /** The receipt replaces the submit button until a new message is typed. */
    receipt: sent && draft.message === "" ? sent : null,
  };
}
