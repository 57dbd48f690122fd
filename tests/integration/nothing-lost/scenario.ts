import type { GapReason, Gap } from "@/lib/gaps";
import type { Switchboard } from "@/server/main";
import type { apiClient } from "../../support/api-client";
import type { Comparison } from "../../support/history-comparison";
import type { RestartableGateway } from "../../support/restartable-gateway";

/** What the fault tests share: one restartable real gateway, Switchboards on it, bursts and the comparison. */
export interface Scenario {
  gateway: RestartableGateway;
  startApp(dataDir: string, gatewayUrl?: string): Promise<Switchboard>;
  /** Starts `n` runs in fresh sessions as another operator would; returns their sessions and run ids. */
  burst(tag: string, n: number, pauseMs: number): Promise<{ sessions: string[]; runIds: string[] }>;
  /** Waits until the gateway says every run ended. */
  waitForGateway(runIds: readonly string[]): Promise<void>;
  report(
    name: string,
    api: ReturnType<typeof apiClient>,
    sessions: string[],
    reason: GapReason,
  ): Promise<Comparison & { gap: Gap }>;
}
