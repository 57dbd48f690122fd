"use client";

import { useMutation } from "@tanstack/react-query";
import { describeActionError } from "@/lib/action-errors";
import { BreakDeadlockResponse } from "@/lib/dispatch";
import { ApiRequestError, postJson } from "./api";

/**
 * "Break now" (`POST /api/deadlocks/:id/break`): aborts the run whose wait closes the cycle.
 * `result` says what the gateway did; `problem` why it could not, in plain words. The
 * deadlock's end comes by the feed, like any other change.
 */
export function useBreakDeadlock(deadlockId: string) {
  const mutation = useMutation({
    mutationFn: () =>
      postJson(`/api/deadlocks/${encodeURIComponent(deadlockId)}/break`, {}, BreakDeadlockResponse),
  });
  const error = mutation.error;
  const problem = error
    ? describeActionError(error instanceof ApiRequestError ? error.code : null, error.message, "run")
    : null;
  return {
    breakNow: () => mutation.mutate(),
    pending: mutation.isPending,
    result: mutation.data ?? null,
    problem,
  };
}
