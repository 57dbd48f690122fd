interface Props {
  count: number;
  onClick: () => void;
}

/** "3 new runs ↑": shown while the user is scrolled away from the top of a live list. */
export function NewRunsButton({ count, onClick }: Props) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="fixed top-14 left-1/2 z-10 -translate-x-1/2 rounded-full border border-sky-500/50 bg-sky-950/90 px-3 py-1 text-xs text-sky-200 shadow-lg hover:bg-sky-900"
    >
      {count} new {count === 1 ? "run" : "runs"} ↑
    </button>
  );
}
