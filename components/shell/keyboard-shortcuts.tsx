"use client";

import { SHORTCUTS } from "@/lib/shortcuts";
import { useGlobalKeys } from "@/hooks/use-global-keys";
import { useModalDialog } from "@/hooks/use-modal-dialog";

/** The page-wide keys, and `?`'s dialog: every keyboard shortcut, in one table. */
export function KeyboardShortcuts() {
  const { helpOpen: open, closeHelp: onClose } = useGlobalKeys();
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialog}
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-dialog"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-zinc-700 bg-zinc-900 p-4 text-sm text-zinc-300 shadow-2xl backdrop:bg-black/60"
    >
      <h2 id="shortcuts-title" className="text-base font-semibold text-zinc-100">
        Keyboard shortcuts
      </h2>
      <table className="mt-3 w-full">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys} className="border-t border-zinc-800 first:border-t-0">
              <td className="py-1 pr-3 whitespace-nowrap">
                <kbd className="rounded border border-zinc-700 px-1.5 font-mono text-xs text-zinc-200">
                  {s.keys}
                </kbd>
              </td>
              <td className="py-1 text-zinc-300">{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex justify-end">
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-zinc-700 px-3 py-1.5 text-zinc-200 hover:bg-zinc-800"
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
