"use client";

import { useEffect, useState } from "react";

const SHOWN_MS = 1500;

export type CopyState = "idle" | "copied" | "failed";

/**
 * Copies text to the clipboard; `state` says for a moment whether it worked (the clipboard API
 * exists only on https and localhost).
 */
export function useClipboard() {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = (text: string) => {
    if (!navigator.clipboard) return setState("failed");
    navigator.clipboard.writeText(text).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  return { state, copy };
}
