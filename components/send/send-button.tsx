"use client";

import { openSendDrawer } from "@/hooks/send-store";
import { SendIcon } from "@/components/ui/icons";

interface Props {
  /** Preselects this session ("Send to this session"); else the draft's own. */
  sessionKey?: string;
  label?: string;
  testId?: string;
}

/** Opens the Send drawer. In the top bar the `s` key does the same. */
export function SendButton({ sessionKey, label = "Send", testId = "send-button" }: Props) {
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={() => openSendDrawer(sessionKey)}
      aria-keyshortcuts={sessionKey ? undefined : "s"}
      title={sessionKey ? undefined : "Send a message (s)"}
      className="inline-flex items-center gap-1.5 rounded border border-sky-500/50 bg-sky-500/10 px-2.5 py-1 text-xs font-medium text-sky-200 hover:bg-sky-500/20"
    >
      <SendIcon />
      {/* The top bar's button is an icon on a phone; its name stays for screen readers. */}
      <span className={sessionKey ? undefined : "sr-only sm:not-sr-only"}>{label}</span>
    </button>
  );
}
