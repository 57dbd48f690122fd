import type { ReactNode } from "react";

/** The page's one h1. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="text-base font-semibold text-zinc-100">{children}</h1>;
}
