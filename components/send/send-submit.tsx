import { SendIcon, SpinnerIcon } from "@/components/ui/icons";

interface Props {
  pending: boolean;
  /** The last try failed: the same draft (and key) goes again. */
  retry: boolean;
}

/** The submit button, busy while the server has not answered; stays focusable (a second press does nothing). */
export function SendSubmit({ pending, retry }: Props) {
  return (
    <div className="flex items-center gap-3">
      <button
        type="submit"
        data-testid="send-submit"
        aria-disabled={pending}
        className="inline-flex items-center gap-1.5 rounded bg-sky-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-500 aria-disabled:cursor-wait aria-disabled:bg-sky-800"
      >
        {pending ? <SpinnerIcon /> : <SendIcon />}
        {pending ? "Sending…" : retry ? "Try again" : "Send"}
      </button>
      <span role="status" className="text-xs text-zinc-500">
        {pending ? "Waiting for the gateway to accept it…" : <kbd className="font-sans">Ctrl/⌘ + Enter</kbd>}
      </span>
    </div>
  );
}
