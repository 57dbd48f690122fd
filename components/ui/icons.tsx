import type { ReactNode } from "react";

/** Small stroke icons that take the text colour. Decorative: the word next to them carries the meaning. */

interface Props {
  className?: string;
}

function Svg({ className, children }: Props & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 16 16"
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
