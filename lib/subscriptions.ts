import { z } from "zod";
import { legibleText } from "./legible-text";
import { ProgressKind } from "./progress";
import { TERMINAL_RUN_STATUSES, type RunStatus, type RunSummary } from "./runs";
import type { TimelineEvent } from "./timeline";

/**
 * "Notify me" on a run or a session (the `sessions_subscribe(sessionKey, runId, {events})`
 * idea, in the browser): which event kinds its timelines show, and whether the end of a run
 * raises a browser notification. Kept in localStorage. Pure.
 */

/** A run (with its session, whose subscription it inherits), or a whole session (`runId` null). */
export interface Scope {
  runId: string | null;
  sessionKey: string;
}

export const Subscription = z.object({ kinds: z.array(ProgressKind).min(1), notify: z.boolean() });
export type Subscription = z.infer<typeof Subscription>;

/** By `run:<runId>` or `session:<sessionKey>`. */
export const Subscriptions = z.record(z.string(), Subscription);
export type Subscriptions = z.infer<typeof Subscriptions>;

export const ALL_KINDS: readonly ProgressKind[] = ProgressKind.options;
const DEFAULT: Subscription = { kinds: [...ALL_KINDS], notify: false };

function scopeKey(scope: Scope): string {
  return scope.runId !== null ? `run:${scope.runId}` : `session:${scope.sessionKey}`;
}

/** What a scope has without a subscription of its own: a run its session's, a session the defaults. */
function inherited(subs: Subscriptions, scope: Scope): Subscription {
  return (
    (scope.runId !== null ? subs[scopeKey({ runId: null, sessionKey: scope.sessionKey })] : undefined) ??
    DEFAULT
  );
}

export function subscriptionFor(subs: Subscriptions, scope: Scope): Subscription {
  return subs[scopeKey(scope)] ?? inherited(subs, scope);
}

/** Shows or hides one kind; the last kind shown stays (a timeline of nothing helps no one). */
export function toggleKind(subs: Subscriptions, scope: Scope, kind: ProgressKind): Subscriptions {
  const current = subscriptionFor(subs, scope);
  const has = current.kinds.includes(kind);
  if (has && current.kinds.length === 1) return subs;
  const kinds = has
    ? current.kinds.filter((k) => k !== kind)
    : ALL_KINDS.filter((k) => k === kind || current.kinds.includes(k));
  return put(subs, scope, { ...current, kinds });
}

export function setNotify(subs: Subscriptions, scope: Scope, notify: boolean): Subscriptions {
  return put(subs, scope, { ...subscriptionFor(subs, scope), notify });
}

/** The events the timeline shows: the four subscribable kinds as chosen, everything else always. */
export function filterEvents(events: TimelineEvent[], kinds: readonly ProgressKind[]): TimelineEvent[] {
  if (kinds.length === ALL_KINDS.length) return events;
  const hidden = new Set<string>(ALL_KINDS.filter((k) => !kinds.includes(k)));
  return events.filter((e) => !hidden.has(e.kind));
}

/** A run just ended: it was not over before (or not known), and is now. */
export function justEnded(previous: RunStatus | undefined, run: RunSummary): boolean {
  return (
    TERMINAL_RUN_STATUSES.includes(run.status) && !(previous && TERMINAL_RUN_STATUSES.includes(previous))
  );
}

/** Whether a run's end is worth a notification: subscribed itself, through its session, or followed. */
export function wantsNotification(
  subs: Subscriptions,
  run: RunSummary,
  followed: ReadonlySet<string>,
): boolean {
  const { runId, sessionKey } = run;
  return (
    followed.has(runId) ||
    subscriptionFor(subs, { runId, sessionKey }).notify ||
    subscriptionFor(subs, { runId: null, sessionKey }).notify
  );
}

/** The notification's words; agent text goes in as plain text, cut short. */
export function notificationText(
  run: RunSummary,
  sessionLabel: string | null,
): { title: string; body: string } {
  const word = run.status === "completed" ? "completed" : run.status === "aborted" ? "was aborted" : "failed";
  const detail = legibleText(run.error ?? run.reply ?? "");
  return {
    title: `Run ${word} · ${sessionLabel ?? run.sessionKey}`,
    body: detail.length > 180 ? `${detail.slice(0, 179)}…` : detail,
  };
}

/** Stores a subscription; one that says what the scope would inherit anyway is dropped. */
function put(subs: Subscriptions, scope: Scope, sub: Subscription): Subscriptions {
  const key = scopeKey(scope);
  const rest = { ...subs };
  delete rest[key];
  const base = inherited(subs, scope);
  const same =
    sub.notify === base.notify &&
    sub.kinds.length === base.kinds.length &&
    sub.kinds.every((k) => base.kinds.includes(k));
  return same ? rest : { ...rest, [key]: sub };
}
