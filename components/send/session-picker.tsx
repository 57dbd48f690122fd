import type { RefObject } from "react";
import { sessionLabel } from "@/lib/format";
import type { SessionSummary } from "@/lib/sessions";

interface Props {
  /** Null while the list loads (or when it could not). */
  sessions: SessionSummary[] | null;
  error: Error | null;
  /** Matches not shown (past the first hundred). */
  more: number;
  query: string;
  onQuery: (query: string) => void;
  selected: string | null;
  onSelect: (sessionKey: string) => void;
  readOnly: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Search the live sessions by label or key, and pick one (a radio group: arrows move, Space picks). */
export function SessionPicker({
  sessions,
  error,
  more,
  query,
  onQuery,
  selected,
  onSelect,
  readOnly,
  searchRef,
}: Props) {
  return (
    <div className="space-y-1.5">
      <input
        ref={searchRef}
        type="search"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        placeholder="Search sessions by label or key"
        aria-label="Search sessions"
        data-testid="session-search"
        className="w-full rounded border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm text-zinc-100 placeholder:text-zinc-500"
      />
      <div
        role="radiogroup"
        aria-label="Sessions"
        className="max-h-56 overflow-y-auto rounded border border-zinc-800"
      >
        {sessions === null && (
          <p className={`px-2 py-2 text-xs ${error ? "text-red-300" : "text-zinc-500"}`}>
            {error
              ? `Could not load sessions: ${error.message}. Create a new one below.`
              : "Loading sessions…"}
          </p>
        )}
        {sessions?.length === 0 && (
          <p className="px-2 py-2 text-xs text-zinc-500">No session matches. Create a new one below.</p>
        )}
        {sessions?.map((s) => {
          const label = sessionLabel(s);
          return (
            <label
              key={s.sessionKey}
              data-testid="session-option"
              data-session-key={s.sessionKey}
              className="flex cursor-pointer items-start gap-2 border-b border-zinc-800/70 px-2 py-1.5 last:border-b-0 hover:bg-zinc-900 has-checked:bg-sky-500/10"
            >
              <input
                type="radio"
                name="send-session"
                value={s.sessionKey}
                checked={selected === s.sessionKey}
                onChange={() => !readOnly && onSelect(s.sessionKey)}
                className="mt-1 accent-sky-400"
              />
              <span className="min-w-0">
                <span className="block truncate text-zinc-100">{label ?? s.sessionKey}</span>
                {label && (
                  <span className="block truncate font-mono text-[0.7rem] text-zinc-500">{s.sessionKey}</span>
                )}
              </span>
              {s.activeRuns > 0 && (
                <span className="ml-auto shrink-0 text-[0.7rem] text-sky-300">{s.activeRuns} running</span>
              )}
            </label>
          );
        })}
        {more > 0 && <p className="px-2 py-1.5 text-xs text-zinc-500">{more} more: narrow the search.</p>}
      </div>
    </div>
  );
}
