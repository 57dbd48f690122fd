"use client";

import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/hooks/use-modal-dialog";

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmTestId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; focus starts on Cancel (the first button), Esc cancels, Tab stays inside. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  confirmTestId,
  onConfirm,
  onCancel,
}: Props) {
  const dialog = useModalDialog(open, onCancel);
  const id = useId();
  return (
    <dialog
      {...dialog}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded border border-zinc-700 bg-zinc-900 p-4 text-sm text-zinc-300 shadow-2xl backdrop:bg-black/60"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-zinc-100">
        {title}
      </h2>
      <div id={`${id}-body`} className="mt-2 text-zinc-400">
        {children}
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-zinc-700 px-3 py-1.5 text-zinc-200 hover:bg-zinc-800"
        >
          Cancel
        </button>
        <button
          type="button"
          data-testid={confirmTestId}
          onClick={onConfirm}
          className="rounded bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-500"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
