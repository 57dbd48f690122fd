"use client";

import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { SINCE_CHOICES } from "@/lib/hop-filters";
import type { RunSearch } from "@/lib/run-filters";
import { RunStatus } from "@/lib/runs";
import { sessionLabel } from "@/lib/format";
import { useSessions } from "@/hooks/use-sessions";

interface Props {
  search: RunSearch;
}

const label = "flex flex-col gap-0.5 text-xs text-zinc-400";
const field = "rounded border border-zinc-700 bg-zinc-900 px-2 py-1 text-xs text-zinc-200";

/**
 * Session, agent, status, tool, time and handoff filters. They live in the URL (only the ones
 * set): a choice applies at once, the tool name on Enter or when the field is left.
 */
export function RunFiltersForm({ search }: Props) {
  const router = useRouter();
  const sessions = useSessions().data ?? [];
  const agents = [...new Set(sessions.flatMap((s) => (s.agentId ? [s.agentId] : [])))].sort();
  const apply = (form: HTMLFormElement) => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === "string" && value.trim()) params.set(key, value.trim());
    router.push(params.size > 0 ? `/runs?${params}` : "/runs");
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if ((event.target as HTMLElement).tagName === "SELECT") apply(event.currentTarget);
  };
  const select = (name: keyof RunSearch, text: string, any: string, options: [string, string][]) => (
    <div className={label}>
      <label htmlFor={`run-filter-${name}`}>{text}</label>
      <select
        id={`run-filter-${name}`}
        name={name}
        defaultValue={search[name] ?? ""}
        className={`${field} max-w-[16rem]`}
      >
        <option value="">{any}</option>
        {options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
  const sessionChoices: [string, string][] = sessions.map((s) => {
    const name = sessionLabel(s);
    return [s.sessionKey, name ? `${name} (${s.sessionKey})` : s.sessionKey];
  });
  if (search.session && !sessions.some((s) => s.sessionKey === search.session))
    sessionChoices.unshift([search.session, search.session]);
  return (
    <form
      action="/runs"
      aria-label="Filter runs"
      data-testid="run-filters"
      onSubmit={onSubmit}
      onChange={onChange}
      className="flex flex-wrap items-end gap-2"
    >
      {select("session", "Session", "any session", sessionChoices)}
      {select(
        "agent",
        "Agent",
        "any agent",
        agents.map((a) => [a, a]),
      )}
      {select(
        "status",
        "Status",
        "any status",
        RunStatus.options.map((s) => [s, s]),
      )}
      <div className={label}>
        <label htmlFor="run-filter-tool">Tool called</label>
        <input
          id="run-filter-tool"
          name="tool"
          defaultValue={search.tool ?? ""}
          placeholder="e.g. sessions_send"
          onBlur={(e) => e.currentTarget.value.trim() !== (search.tool ?? "") && apply(e.currentTarget.form!)}
          className={`${field} w-40`}
        />
      </div>
      {select(
        "since",
        "Started",
        "any time",
        Object.keys(SINCE_CHOICES).map((s) => [s, `in the last ${s}`]),
      )}
      {select("handoffs", "Handoffs", "with or without", [
        ["yes", "has handoffs"],
        ["no", "no handoffs"],
      ])}
    </form>
  );
}
