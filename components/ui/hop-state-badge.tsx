import type { HopState } from "@/lib/hops";
import { HOP_STATE_WORD } from "@/lib/hop-view";
import {
  BanIcon,
  CheckIcon,
  CrossIcon,
  HourglassIcon,
  InboxIcon,
  ReplyIcon,
  SendIcon,
  SpinnerIcon,
} from "./icons";

/** Icon and text colour per receipt state; a released caller is amber, never red. */
export const HOP_STATE_LOOK: Record<HopState, { Icon: typeof CheckIcon; className: string }> = {
  sent: { Icon: SendIcon, className: "text-zinc-300" },
  delivered: { Icon: InboxIcon, className: "text-sky-300" },
  queued: { Icon: HourglassIcon, className: "text-sky-300" },
  started: { Icon: SpinnerIcon, className: "text-sky-400" },
  caller_released: { Icon: HourglassIcon, className: "text-amber-400" },
  completed: { Icon: CheckIcon, className: "text-emerald-400" },
  failed: { Icon: CrossIcon, className: "text-red-400" },
  rejected: { Icon: BanIcon, className: "text-red-400" },
  replied: { Icon: ReplyIcon, className: "text-emerald-300" },
};

interface Props {
  state: HopState;
  /** Hover text, e.g. the receipt's timestamps. */
  title?: string;
}

/** A hop's receipt state as colour, icon and word together. */
export function HopStateBadge({ state, title }: Props) {
  const { Icon, className } = HOP_STATE_LOOK[state];
  return (
    <span
      data-testid="hop-badge"
      data-state={state}
      title={title}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap ${className}`}
    >
      <Icon />
      {HOP_STATE_WORD[state]}
    </span>
  );
}
