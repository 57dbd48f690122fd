import Link from "next/link";
import { sessionHref } from "@/lib/format";

interface Props {
  sessionKey: string;
  /** The session's label, when it has one; the key shows otherwise. */
  label: string | null;
  className?: string;
}

/** A session by its name (or its key, in monospace), linking to its page; the key on hover. */
export function SessionLink({ sessionKey, label, className = "" }: Props) {
  return (
    <Link
      href={sessionHref(sessionKey)}
      title={sessionKey}
      className={`truncate rounded hover:underline ${className}`}
    >
      {label ?? <span className="font-mono text-xs">{sessionKey}</span>}
    </Link>
  );
}
