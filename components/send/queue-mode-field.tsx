import type { QueueMode } from "@/lib/dispatch";
import { QUEUE_MODE_CHOICES } from "@/lib/send-draft";

interface Props {
  value: QueueMode;
  onChange: (mode: QueueMode) => void;
  /** The picked session runs something now: the choice applies to this message. */
  busy: boolean;
  readOnly: boolean;
}

/** "If the session is busy": queue as the next turn (default), steer, interrupt, or merge. */
export function QueueModeField({ value, onChange, busy, readOnly }: Props) {
  const help = QUEUE_MODE_CHOICES.find((c) => c.mode === value)?.help;
  return (
    <label className="block space-y-1">
      <span className="text-xs text-zinc-400">
        If the session is busy
        {busy && (
          <span data-testid="session-busy" className="ml-1.5 text-amber-300">
            (it is busy now)
          </span>
        )}
      </span>
      <select
        data-testid="queue-mode"
        value={value}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value as QueueMode)}
        className="w-full rounded border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm text-zinc-100"
      >
        {QUEUE_MODE_CHOICES.map((c) => (
          <option key={c.mode} value={c.mode}>
            {c.label}
            {c.mode === "followup" ? " (default)" : ""}
          </option>
        ))}
      </select>
      {help && <span className="block text-xs text-zinc-500">{help}</span>}
    </label>
  );
}
