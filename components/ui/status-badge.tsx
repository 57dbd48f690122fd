import type { RunStatus } from "@/lib/runs";
import { CheckIcon, ClockIcon, CrossIcon, SpinnerIcon, StopIcon } from "./icons";

/** Icon and text colour per run status; the chain view colours its bars with the same classes. */
export const RUN_STATUS_LOOK: Record<RunStatus, { Icon: typeof CheckIcon; className: string }> = {
  queued: { Icon: ClockIcon, className: "text-zinc-400" },
  running: { Icon: SpinnerIcon, className: "text-sky-400" },
  completed: { Icon: CheckIcon, className: "text-emerald-400" },
  failed: { Icon: CrossIcon, className: "text-red-400" },
  aborted: { Icon: StopIcon, className: "text-orange-400" },
  interrupted: { Icon: StopIcon, className: "text-amber-300" },
};

interface Props {
  status: RunStatus;
}

/** A run's status as colour, icon and word together. */
export function StatusBadge({ status }: Props) {
  const { Icon, className } = RUN_STATUS_LOOK[status];
  return (
    <span
      data-testid="run-status"
      data-status={status}
      className={`inline-flex items-center gap-1.5 ${className}`}
    >
      <Icon />
      {status}
    </span>
  );
}
