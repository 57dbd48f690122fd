"use client";

import { useMutation } from "@tanstack/react-query";
import { describeActionError } from "@/lib/action-errors";
import { AbortResponse } from "@/lib/dispatch";
import { ApiRequestError, postJson } from "./api";

/**
 * Aborts a run (`POST /api/runs/:runId/abort`). `data` says whether the gateway aborted
 * anything; `problem` why it could not, in plain words. The run's new status comes by the feed.
 */
export function useAbortRun(runId: string) {
  const mutation = useMutation({
    mutationFn: () => postJson(`/api/runs/${encodeURIComponent(runId)}/abort`, {}, AbortResponse),
  });
  const error = mutation.error;
  const problem = error
    ? describeActionError(error instanceof ApiRequestError ? error.code : null, error.message, "run")
    : null;
  return {
    abort: () => mutation.mutate(),
    pending: mutation.isPending,
    result: mutation.data ?? null,
    problem,
  };
}
