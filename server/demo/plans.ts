import { PLAN_MARKER, type PlanStepInput } from "./script-plan";

/**
 * Prompt builders for the scripted model: each returns a message whose `SB-PLAN:` tells the
 * model what to do, step by step. The demo driver and the end-to-end tests share them.
 */
export function planMessage(intro: string, steps: PlanStepInput[]): string {
  return `${intro}\n\n${PLAN_MARKER} ${JSON.stringify(steps)}`;
}

/** A harmless tool: it only reads the session's own status. */
export function statusStep(sleepMs?: number): PlanStepInput {
  return { tool: "session_status", args: {}, sleepMs };
}

export function sendStep(sessionKey: string, message: string, timeoutSeconds: number): PlanStepInput {
  return { tool: "sessions_send", args: { sessionKey, message, timeoutSeconds } };
}

export function textStep(text: string, chunkDelayMs?: number, chunks?: number): PlanStepInput {
  return { text, chunkDelayMs, chunks };
}

/** One run on its own: two tool calls, then streamed text. */
export function toolRunPlan(): string {
  return planMessage(
    "Check the gateway status twice, a moment apart, and tell me whether anything needs attention.",
    [
      statusStep(),
      statusStep(400),
      textStep("Status checked twice; everything looks healthy and the queue is empty.", 120, 6),
    ],
  );
}

/** What a handoff target does by default: one tool call, then a streamed answer. */
function workerPlan(answer: string): string {
  return planMessage(
    "Find the three most cited sources on battery recycling and summarise where they agree.",
    [statusStep(), textStep(answer, 100, 5)],
  );
}

/** The caller hands work to `target` and waits for its reply. */
export function handoffPlan(
  target: string,
  options: { timeoutSeconds?: number; targetMessage?: string } = {},
): string {
  const targetMessage =
    options.targetMessage ?? workerPlan(`Research done for ${target}: three sources agree.`);
  return planMessage(`Ask ${target} to research battery recycling sources, and report back what it finds.`, [
    sendStep(target, targetMessage, options.timeoutSeconds ?? 60),
    textStep(`Handed off to ${target} and got its answer back.`, 80, 4),
  ]);
}

/** A → B → C: the caller hands to `b`, which hands to `c`; each waits for the next. */
export function chainPlan(b: string, c: string): string {
  const bMessage = planMessage(
    `Have ${c} draft a one-page brief from your notes, then pass the draft back.`,
    [
      sendStep(c, workerPlan(`Draft written by ${c}.`), 60),
      textStep(`${c} wrote the draft; passing it back.`, 80, 4),
    ],
  );
  return handoffPlan(b, { timeoutSeconds: 120, targetMessage: bMessage });
}

/** `timeoutSeconds: 0`: the caller does not wait for the target. */
export function fireAndForgetPlan(target: string): string {
  return planMessage(`Let ${target} know the nightly report is ready; no need to wait for an answer.`, [
    sendStep(target, workerPlan(`${target} got the notice.`), 0),
    textStep(`Notice sent to ${target}; not waiting for it.`, 80, 3),
  ]);
}

/** The caller waits 2 s, while the target streams for about 12 s more: the caller is released, not failed. */
export function callerTimeoutPlan(target: string): string {
  const slowAnswer = planMessage("Analyse last quarter's support tickets and write up the top five themes.", [
    statusStep(),
    textStep(
      `${target} is writing a long analysis, one sentence at a time, so the caller stops waiting first.`,
      1500,
      8,
    ),
  ]);
  return planMessage(
    `Ask ${target} for an analysis of last quarter's support tickets; check back later if it takes a while.`,
    [
      sendStep(target, slowAnswer, 2),
      textStep(`Stopped waiting for ${target}; it keeps working on its own.`, 80, 4),
    ],
  );
}

/** A send to a session that does not exist: the gateway rejects it ("No session found"). */
export function missingTargetPlan(missingKey: string): string {
  return planMessage(`Ask ${missingKey} for the latest invoice totals.`, [
    sendStep(missingKey, "Are you there?", 10),
    textStep(`${missingKey} does not exist; reporting the failure.`, 80, 3),
  ]);
}

/** A session's own long task: its first model call sleeps `sleepMs`, so it is busy that long. */
export function busyPlan(sleepMs: number, answer: string): string {
  return planMessage("Reconcile this month's invoices against the ledger.", [
    statusStep(sleepMs),
    textStep(answer, 80, 3),
  ]);
}

/**
 * A wait cycle: `sessions[i]` asks `sessions[i + 1]` and waits `waits[i]` s; the last asks the
 * first, whose run is still waiting, so its message queues behind that run (a deadlock, unless
 * that last wait is 0: a plain loop). Sent to the first session.
 */
export function cyclePlan(sessions: readonly string[], waits: readonly number[]): string {
  const n = sessions.length;
  let message = workerPlan(`${sessions[0]} answers ${sessions[n - 1]}.`);
  for (let i = n - 1; i >= 0; i--) {
    const next = sessions[(i + 1) % n]!;
    message = planMessage(`Check the release notes with ${next} before you answer.`, [
      sendStep(next, message, waits[i]!),
      textStep(`${sessions[i]} is done waiting for ${next}.`, 80, 3),
    ]);
  }
  return message;
}
