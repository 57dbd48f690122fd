import { randomUUID } from "node:crypto";
import type { Switchboard } from "@/server/main";
import { planMessage, sendStep, textStep } from "@/server/demo/plans";
import { connectCliClient } from "../../support/openclaw-cli-client";
import type { RestartableGateway } from "../../support/restartable-gateway";
import { until } from "../../support/until";

/** A caller hands `work` to a target without waiting; resolves once the target run is linked. */
export async function handOffSlowWork(
  app: Switchboard,
  gateway: RestartableGateway,
  work: string,
): Promise<{ target: string; targetRunId: string }> {
  const [caller, target] = ["agent:main:restart-caller", "agent:main:restart-target"];
  const client = await connectCliClient({ url: gateway.url, token: gateway.token, onFrame: () => {} });
  await client.request("sessions.create", { key: target, label: "restart-target" });
  const message = planMessage("Hand the checks over.", [sendStep(target, work, 0), textStep("Handed over.")]);
  await client.request("chat.send", { sessionKey: caller, message, idempotencyKey: randomUUID() });
  await client.stop();
  const hop = await until(
    async () => (await app.store.listHops({ session: target, limit: 1 })).hops[0],
    (h) => Boolean(h?.targetRunId),
    "the handoff's target run",
  );
  return { target, targetRunId: hop!.targetRunId! };
}
