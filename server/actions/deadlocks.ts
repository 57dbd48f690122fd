import type { BreakDeadlockResponse } from "@/lib/dispatch";
import type { GatewayOperations } from "../gateway/operations";
import type { Handoffs } from "../timeline/handoffs";
import { ActionError } from "./action-error";

/** "Break now": ends a live deadlock by aborting the run whose wait closes the cycle. */
export function createDeadlockActions(deps: {
  handoffs: Pick<Handoffs, "deadlock">;
  operations: () => GatewayOperations | null;
}) {
  return {
    async breakDeadlock(deadlockId: string): Promise<BreakDeadlockResponse> {
      const found = await deps.handoffs.deadlock(deadlockId);
      if (!found) throw new ActionError("NOT_FOUND", `No deadlock ${deadlockId}`);
      const { deadlock, closing } = found;
      if (deadlock.endedAt !== null) return { aborted: false, runIds: [], runId: deadlock.closingRunId };
      const ops = deps.operations();
      if (!ops) throw new ActionError("GATEWAY_UNAVAILABLE", "Switchboard is not connected to a gateway yet");
      const result = await ops
        .abortRun(closing.callerSessionKey, deadlock.closingRunId)
        .catch((e: unknown) => {
          throw ActionError.fromGateway(e);
        });
      return { ...result, runId: deadlock.closingRunId };
    },
  };
}

export type DeadlockActions = ReturnType<typeof createDeadlockActions>;
