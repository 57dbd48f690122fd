"use client";

import { EMPTY_NEW_SESSION } from "@/lib/send-draft";
import { closeSendDrawer, updateDraft } from "@/hooks/send-store";
import { useSendDrawer } from "@/hooks/use-send-drawer";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { useSessions } from "@/hooks/use-sessions";
import { ActionProblem } from "@/components/ui/action-problem";
import { CrossIcon } from "@/components/ui/icons";
import { NewSessionForm } from "./new-session-form";
import { QueueModeField } from "./queue-mode-field";
import { SendReceipt } from "./send-receipt";
import { SendSubmit } from "./send-submit";
import { SessionPicker } from "./session-picker";

/** The Send drawer: pick (or create) a session, write, send; the submit button becomes the run's receipt. */
export function SendDrawer() {
  const {
    draft,
    search,
    dialog,
    searchRef,
    messageRef,
    onKeyDown,
    sendAnother,
    submit,
    pending,
    problem,
    receipt,
  } = useSendDrawer();
  const labels = useSessionLabels();
  const sessions = useSessions().data;
  const busy =
    !draft.newSession && (sessions?.find((x) => x.sessionKey === draft.sessionKey)?.activeRuns ?? 0) > 0;
  const to = draft.newSession
    ? "a new session"
    : draft.sessionKey
      ? (labels.get(draft.sessionKey) ?? draft.sessionKey)
      : null;
  return (
    <dialog
      {...dialog}
      aria-labelledby="send-title"
      data-testid="send-drawer"
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-md border-l border-zinc-800 bg-zinc-950 text-sm text-zinc-300 shadow-2xl backdrop:bg-black/50 open:flex"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={onKeyDown}
        aria-busy={pending}
        className="flex min-h-0 w-full flex-col"
      >
        <header className="flex items-center gap-2 border-b border-zinc-800 px-4 py-3">
          <h2 id="send-title" className="text-base font-semibold text-zinc-100">
            Send a message
          </h2>
          <button
            type="button"
            onClick={closeSendDrawer}
            aria-label="Close"
            className="ml-auto rounded p-1 text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100"
          >
            <CrossIcon />
          </button>
        </header>
        <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-4 py-3">
          <fieldset className="space-y-2">
            <legend className="mb-1.5 text-xs text-zinc-400">
              To:{" "}
              <span className={to ? "text-zinc-100" : "text-zinc-500"}>{to ?? "no session picked yet"}</span>
            </legend>
            {draft.newSession ? (
              <NewSessionForm
                fields={draft.newSession}
                onChange={(newSession) => updateDraft({ newSession })}
                readOnly={pending}
              />
            ) : (
              <SessionPicker
                sessions={search.matches}
                error={search.error}
                more={search.more}
                query={search.query}
                onQuery={search.setQuery}
                selected={draft.sessionKey}
                onSelect={(sessionKey) => updateDraft({ sessionKey })}
                readOnly={pending}
                searchRef={searchRef}
              />
            )}
            <button
              type="button"
              data-testid="new-session-toggle"
              aria-expanded={draft.newSession !== null}
              onClick={() => updateDraft({ newSession: draft.newSession ? null : EMPTY_NEW_SESSION })}
              className="rounded text-xs text-sky-300 hover:underline"
            >
              {draft.newSession ? "← Pick an existing session" : "+ New session"}
            </button>
          </fieldset>
          <label className="block space-y-1">
            <span className="text-xs text-zinc-400">Message</span>
            <textarea
              ref={messageRef}
              data-testid="message-input"
              value={draft.message}
              onChange={(e) => updateDraft({ message: e.target.value })}
              readOnly={pending}
              rows={7}
              className="w-full resize-y rounded border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm text-zinc-100"
            />
          </label>
          <QueueModeField
            value={draft.queueMode}
            onChange={(queueMode) => updateDraft({ queueMode })}
            busy={busy}
            readOnly={pending}
          />
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              data-testid="follow-after-send"
              checked={draft.follow}
              onChange={(e) => updateDraft({ follow: e.target.checked })}
              className="mt-1 accent-sky-400"
            />
            <span>
              Follow after sending
              <span className="block text-xs text-zinc-500">Open the run and follow it across handoffs.</span>
            </span>
          </label>
          {problem && (
            <ActionProblem problem={problem} testId="send-error">
              Nothing is lost: the draft stays here, and sending it again starts at most one run.
            </ActionProblem>
          )}
        </div>
        <footer className="border-t border-zinc-800 px-4 py-3">
          {receipt ? (
            <SendReceipt sent={receipt} onAnother={sendAnother} />
          ) : (
            <SendSubmit pending={pending} retry={problem !== null} />
          )}
        </footer>
      </form>
    </dialog>
  );
}
