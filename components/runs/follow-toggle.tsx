import { ArrowDownIcon } from "@/components/ui/icons";

interface Props {
  following: boolean;
  onChange: (following: boolean) => void;
}

/** Follow the work: move to the run this one hands off to, and back when the reply arrives. */
export function FollowToggle({ following, onChange }: Props) {
  return (
    <button
      type="button"
      data-testid="follow-toggle"
      data-shortcut="f"
      aria-keyshortcuts="f"
      aria-pressed={following}
      onClick={() => onChange(!following)}
      title="Move to the run this one hands work to, and back when the reply arrives (f)"
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs ${following ? "border-sky-500/60 bg-sky-500/15 text-sky-200" : "border-zinc-700 text-zinc-400 hover:text-zinc-200"}`}
    >
      <ArrowDownIcon className="-rotate-90" />
      {following ? "Following" : "Follow"}
    </button>
  );
}
