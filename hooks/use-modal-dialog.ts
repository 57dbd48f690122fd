"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A native modal `<dialog>` driven by React state: shown with `showModal()` (the page behind
 * becomes inert), Esc calls `onClose`, Tab cycles inside it, and focus goes back to where it
 * was when it closes. Spread `props` on the dialog.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      // Focus must not stay on a control of the closed dialog: keys would still go there.
      if (dialog.contains(document.activeElement) && document.activeElement instanceof HTMLElement)
        document.activeElement.blur();
      dialog.close();
      opener.current?.focus();
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (el) => el.offsetParent !== null,
    );
    const [first, last] = [items[0], items.at(-1)];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const onCancel = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    onClose();
  };
  return { ref, onKeyDown, onCancel };
}
