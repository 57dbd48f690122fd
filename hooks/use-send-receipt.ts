"use client";

import { receiptState, type ReceiptState } from "@/lib/send-draft";
import type { RunSummary } from "@/lib/runs";
import type { SentRun } from "./send-store";
import { useRun } from "./use-run";

/**
 * A sent message's receipt, from its run's live status as the API shows it (a message a busy
 * session ran under another id shows that run's progress, and where it waited).
 */
export function useSendReceipt(sent: SentRun): { state: ReceiptState; run: RunSummary | null } {
  const run = useRun(sent.runId).data ?? null;
  return { state: receiptState(run), run };
}
