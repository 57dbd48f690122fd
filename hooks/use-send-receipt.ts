"use client";

import { receiptState, type ReceiptState } from "@/lib/send-draft";
import type { SentRun } from "./send-store";
import { useRun } from "./use-run";

/** A sent message's receipt, from its run's live status: accepted → started → completed | failed. */
export function useSendReceipt(sent: SentRun): ReceiptState {
  return receiptState(useRun(sent.runId).data?.status ?? null);
}
