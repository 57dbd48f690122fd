import type { ReactNode } from "react";
import { SpinnerIcon } from "./icons";

interface Props {
  tone?: "quiet" | "loading" | "error";
  children: ReactNode;
}

/** A calm one-block message for loading, empty and error states. */
export function Notice({ tone = "quiet", children }: Props) {
  const color =
    tone === "error" ? "border-red-900/60 bg-red-950/30 text-red-200" : "border-zinc-800 text-zinc-400";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`flex items-center gap-2 rounded border px-4 py-6 ${color}`}
    >
      {tone === "loading" && <SpinnerIcon />}
      <div>{children}</div>
    </div>
  );
}
