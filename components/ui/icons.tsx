import type { ReactNode } from "react";

/**
 * Small stroke icons that take the text colour. Decorative: the word next to them carries the
 * meaning. The size attributes matter inside an SVG (the chain view), where the class does not apply.
 */

interface Props {
  className?: string;
}

function Svg({ className, children }: Props & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={`size-3.5 shrink-0 ${className ?? ""}`}
    >
      {children}
    </svg>
  );
}

export function SpinnerIcon({ className }: Props) {
  return (
    <Svg className={`motion-safe:animate-spin ${className ?? ""}`}>
      <circle cx="8" cy="8" r="6" opacity="0.3" />
      <path d="M14 8a6 6 0 0 0-6-6" />
    </Svg>
  );
}

export function CheckIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M3 8.5l3.2 3L13 4.5" />
    </Svg>
  );
}

export function CrossIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Svg>
  );
}

export function StopIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <rect x="3.5" y="3.5" width="9" height="9" rx="1.5" />
    </Svg>
  );
}

export function ClockIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 1.5" />
    </Svg>
  );
}

export function CopyIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
    </Svg>
  );
}

export function ArrowDownIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M8 3v10M4 9l4 4 4-4" />
    </Svg>
  );
}

export function SendIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M2.5 8h10M9 4.5 12.5 8 9 11.5" />
    </Svg>
  );
}

export function InboxIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M2.5 9.5h3l1 2h3l1-2h3M2.5 9.5l1.5-5.5h8l1.5 5.5v3.5h-11z" />
    </Svg>
  );
}

export function HourglassIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M4 2.5h8M4 13.5h8M5.5 2.5v2L8 8l-2.5 3.5v2M10.5 2.5v2L8 8l2.5 3.5v2" />
    </Svg>
  );
}

export function BanIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <circle cx="8" cy="8" r="6" />
      <path d="M3.8 3.8l8.4 8.4" />
    </Svg>
  );
}

export function ReplyIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M6.5 4 3 7.5 6.5 11M3 7.5h6.5a3.5 3.5 0 0 1 3.5 3.5v1" />
    </Svg>
  );
}

export function LoopIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5M12 2v2.5H9.5M4 14v-2.5h2.5" />
    </Svg>
  );
}

export function WarningIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <path d="M8 2.5 14 13H2zM8 6.5v3M8 11.5v.01" />
    </Svg>
  );
}

export function LockIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <rect x="3" y="7" width="10" height="7" rx="1" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </Svg>
  );
}

export function SearchIcon({ className }: Props) {
  return (
    <Svg className={className}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5l3.5 3.5" />
    </Svg>
  );
}
