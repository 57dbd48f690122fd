import { Alert } from "@/lib/alerts";
import { Chain } from "@/lib/hops";
import { RunResponse, type RunSummary } from "@/lib/runs";
import type { Switchboard } from "@/server/main";
import { apiOf } from "./context";

/** Reads of a Switchboard's API the hard-case tests share: a chain, a run, the alerts. */
export function readsOf(app: Switchboard) {
  const api = apiOf(app);
  return {
    async chain(runId: string): Promise<Chain | null> {
      const res = await api.get(`/api/runs/${encodeURIComponent(runId)}/chain`);
      return res.ok ? Chain.parse(await res.json()) : null;
    },
    async run(runId: string): Promise<RunSummary | null> {
      const res = await api.get(`/api/runs/${encodeURIComponent(runId)}`);
      return res.ok ? RunResponse.parse(await res.json()).run : null;
    },
    async alerts(): Promise<Alert[]> {
      const res = await api.get("/api/alerts");
      return Alert.array().parse(((await res.json()) as { alerts: unknown }).alerts);
    },
  };
}

/** Session keys of one test, unique per run of the suite. */
export function sessionsFor(prefix: string, ...names: string[]): string[] {
  const tag = Date.now().toString(36).slice(-4);
  return names.map((n) => `agent:main:${prefix}-${n}-${tag}`);
}
