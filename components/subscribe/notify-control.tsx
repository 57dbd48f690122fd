import type { ProgressKind } from "@/lib/progress";
import { ALL_KINDS } from "@/lib/subscriptions";
import type { NotifyPermission } from "@/hooks/use-notification-permission";
import { CheckIcon } from "@/components/ui/icons";

interface Props {
  /** "run" or "session": what the notification is about. */
  subject: "run" | "session";
  kinds: readonly ProgressKind[];
  notify: boolean;
  permission: NotifyPermission;
  onToggleKind: (kind: ProgressKind) => void;
  onNotify: (on: boolean) => void;
  /** The kind chips filter a timeline; without one on the page they say what the session's runs show. Null hides them. */
  kindsLabel: string | null;
}

const PERMISSION_NOTE: Partial<Record<NotifyPermission, string>> = {
  denied: "Notifications are blocked for this site: allow them in the browser's site settings.",
  unsupported: "This browser cannot show notifications.",
};

/** "Notify me" when a run ends (for a session: any of its runs), and which event kinds to show. */
export function NotifyControl({
  subject,
  kinds,
  notify,
  permission,
  onToggleKind,
  onNotify,
  kindsLabel,
}: Props) {
  const chip = "inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs";
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      <button
        type="button"
        data-testid="notify-toggle"
        aria-pressed={notify}
        onClick={() => onNotify(!notify)}
        title={
          subject === "run"
            ? "A browser notification when this run ends or fails"
            : "A browser notification when any run of this session ends or fails"
        }
        className={`${chip} ${notify ? "border-amber-500/60 bg-amber-500/15 text-amber-200" : "border-zinc-700 text-zinc-400 hover:text-zinc-200"}`}
      >
        {notify && <CheckIcon />}
        {notify ? "Notifying" : "Notify me"}
      </button>
      {kindsLabel && (
        <div role="group" aria-label={kindsLabel} className="flex flex-wrap items-center gap-1.5">
          <span className="text-xs text-zinc-500">{kindsLabel}:</span>
          {ALL_KINDS.map((kind) => {
            const on = kinds.includes(kind);
            return (
              <button
                key={kind}
                type="button"
                data-testid="event-filter"
                data-kind={kind}
                aria-pressed={on}
                onClick={() => onToggleKind(kind)}
                className={`${chip} ${on ? "border-sky-500/60 bg-sky-500/15 text-sky-200" : "border-zinc-800 text-zinc-500 line-through hover:text-zinc-300"}`}
              >
                {on && <CheckIcon />}
                {kind}
              </button>
            );
          })}
        </div>
      )}
      {PERMISSION_NOTE[permission] && (
        <p
          role="status"
          data-testid="notify-permission"
          data-permission={permission}
          className="basis-full text-xs text-amber-300"
        >
          {PERMISSION_NOTE[permission]}
        </p>
      )}
    </div>
  );
}
