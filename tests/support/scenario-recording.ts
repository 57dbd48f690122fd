import { existsSync } from "node:fs";
import type { OpenClawHarness } from "./openclaw-harness";
import { recording } from "./fixture-frames";
import { createFrameLog } from "./frame-log";
import { connectCliClient } from "./openclaw-cli-client";

/**
 * Runs one scenario while a second operator records every frame it receives: the scenario's
 * fixture (tests/fixtures/openclaw-2026.9.6-<scenario>.jsonl), written when it is missing or
 * when SWITCHBOARD_RECORD_FIXTURES=1, so unit tests read what the real gateway sent.
 */
export async function recordScenario<T>(
  gateway: OpenClawHarness,
  scenario: string,
  body: () => Promise<T>,
): Promise<T> {
  const file = recording(scenario);
  const log = createFrameLog();
  const recorder = await connectCliClient({
    url: gateway.gatewayUrl,
    token: gateway.token,
    onFrame: log.record,
  });
  await recorder.request("sessions.subscribe", {});
  try {
    return await body();
  } finally {
    await recorder.stop();
    if (!existsSync(file) || process.env.SWITCHBOARD_RECORD_FIXTURES === "1")
      log.write(file, { secrets: [gateway.token], scratchDir: gateway.stateDir });
  }
}
