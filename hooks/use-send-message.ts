"use client";

import { useRef, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { describeActionError, type ActionProblem } from "@/lib/action-errors";
import { CreateSessionResponse, SendMessageResponse } from "@/lib/dispatch";
import { runHref } from "@/lib/format";
import { upsertSession } from "@/lib/live-cache";
import { draftRequest, newIdempotencyKey, renewDraft, type SendDraft } from "@/lib/send-draft";
import type { SessionSummary } from "@/lib/sessions";
import { ApiRequestError, postJson } from "./api";
import { useStore } from "./client-store";
import { queryKeys } from "./query-keys";
import { closeSendDrawer, draftStore, drawerStore } from "./send-store";
import { followNewRun } from "./use-follow-run";

type Request = Extract<ReturnType<typeof draftRequest>, { ok: true }>;

/**
 * Sends the draft: creates the new session first when asked (and remembers it, so a retry does
 * not create another), then posts the message with the draft's idempotency key. On success the
 * receipt shows, the draft is renewed, and with "follow" the run page opens and is followed.
 * On failure the draft stays as it was and `problem` says why in plain words.
 */
export function useSendMessage() {
  const draft = useStore(draftStore);
  const queryClient = useQueryClient();
  const router = useRouter();
  const inFlight = useRef(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);

  const mutation = useMutation({
    mutationFn: async ({ create, sessionKey, send }: Request) => {
      let target = sessionKey;
      if (create) {
        const { session } = await postJson("/api/sessions", create, CreateSessionResponse);
        queryClient.setQueryData<SessionSummary[]>(
          queryKeys.sessions,
          (list) => list && upsertSession(list, session),
        );
        draftStore.set((d) => ({ ...d, sessionKey: session.sessionKey, newSession: null }));
        target = session.sessionKey;
      }
      const path = `/api/sessions/${encodeURIComponent(target!)}/messages`;
      return { ...(await postJson(path, send, SendMessageResponse)), sessionKey: target! };
    },
  });

  const submit = (current: SendDraft = draft) => {
    if (inFlight.current) return;
    const request = draftRequest(current);
    if (!request.ok)
      return setProblem({ code: "INVALID_REQUEST", summary: request.problems.join(" "), detail: null });
    inFlight.current = true;
    setProblem(null);
    mutation.mutate(request, {
      onSuccess: ({ runId, status, sessionKey }) => {
        drawerStore.set((s) => ({ ...s, sent: { runId, sessionKey, duplicate: status === "duplicate" } }));
        draftStore.set((d) => renewDraft(d, sessionKey, newIdempotencyKey()));
        if (current.follow) {
          // The run page takes over: its header shows the same live status as the receipt.
          followNewRun(runId, sessionKey);
          closeSendDrawer();
          router.push(runHref(runId));
        }
      },
      onError: (error) => {
        const code = error instanceof ApiRequestError ? error.code : null;
        setProblem(describeActionError(code, error.message, "session"));
      },
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  return { submit, pending: mutation.isPending, problem };
}
