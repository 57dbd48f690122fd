"use client";

import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { SINCE_CHOICES, type HopSearch } from "@/lib/hop-filters";
import { HopState } from "@/lib/hops";
import { HOP_STATE_WORD } from "@/lib/hop-view";

interface Props {
  search: HopSearch;
  /** Session keys to choose from, with their labels. */
  sessions: { key: string; label: string | null }[];
}

const label = "flex flex-col gap-0.5 text-[0.7rem] text-zinc-500";
const field = "rounded border border-zinc-700 bg-zinc-900 px-2 py-1 text-xs text-zinc-200";

/** Session, state and age filters; they live in the URL (only the ones set) and apply as soon as one changes. */
export function HopFiltersForm({ search, sessions }: Props) {
  const router = useRouter();
  const choices =
    search.session && !sessions.some((s) => s.key === search.session)
      ? [{ key: search.session, label: null }, ...sessions]
      : sessions;
  const apply = (form: HTMLFormElement) => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === "string" && value) params.set(key, value);
    router.push(params.size > 0 ? `/handoffs?${params}` : "/handoffs");
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  return (
    <form
      action="/handoffs"
      aria-label="Filter handoffs"
      onSubmit={onSubmit}
      onChange={(e) => apply(e.currentTarget)}
      className="flex flex-wrap items-end gap-2"
    >
      <div className={label}>
        <label htmlFor="hop-filter-session">Session</label>
        <select
          id="hop-filter-session"
          name="session"
          defaultValue={search.session ?? ""}
          className={`${field} max-w-[16rem]`}
        >
          <option value="">any session</option>
          {choices.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label ? `${s.label} (${s.key})` : s.key}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="hop-filter-state">State</label>
        <select id="hop-filter-state" name="state" defaultValue={search.state ?? ""} className={field}>
          <option value="">any state</option>
          {HopState.options.map((state) => (
            <option key={state} value={state}>
              {state === "caller_released" ? "caller released" : HOP_STATE_WORD[state]}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="hop-filter-since">Sent</label>
        <select id="hop-filter-since" name="since" defaultValue={search.since ?? ""} className={field}>
          <option value="">any time</option>
          {Object.keys(SINCE_CHOICES).map((since) => (
            <option key={since} value={since}>
              in the last {since}
            </option>
          ))}
        </select>
      </div>
      <noscript>
        <button type="submit" className="rounded border border-zinc-700 px-2.5 py-1 text-xs text-zinc-300">
          Apply
        </button>
      </noscript>
    </form>
  );
}
