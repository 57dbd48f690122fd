import { randomUUID } from "node:crypto";
import type { Hop } from "@/lib/hops";
import type { Switchboard } from "@/server/main";
import { planMessage, sendStep, textStep } from "@/server/demo/plans";
import { connectCliClient } from "../../support/openclaw-cli-client";
import type { RestartableGateway } from "../../support/restartable-gateway";
import { until } from "../../support/until";

/**
 * `caller` hands `work` to `target` without waiting (creating `target` first when asked);
 * resolves with the hop once `ready` holds for it.
 */
export async function handOff(
  app: Switchboard,
  gateway: RestartableGateway,
  a: { caller: string; target: string; work: string; createTarget: boolean; ready: (h: Hop) => boolean },
): Promise<Hop> {
  const client = await connectCliClient({ url: gateway.url, token: gateway.token, onFrame: () => {} });
  if (a.createTarget)
    await client.request("sessions.create", { key: a.target, label: a.target.split(":")[2] });
  const message = planMessage("Hand the checks over.", [
    sendStep(a.target, a.work, 0),
    textStep("Handed over."),
  ]);
  await client.request("chat.send", { sessionKey: a.caller, message, idempotencyKey: randomUUID() });
  await client.stop();
  const hop = await until(
    async () => (await app.store.listHops({ session: a.caller, limit: 1 })).hops[0],
    (h) => h !== undefined && a.ready(h),
    `the handoff from ${a.caller}`,
  );
  return hop!;
}
