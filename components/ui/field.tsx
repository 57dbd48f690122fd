import type { ReactNode } from "react";

interface Props {
  term: string;
  children: ReactNode;
}

/** One term and value of a header's description list. */
export function Field({ term, children }: Props) {
  return (
    <div className="flex gap-1.5">
      <dt className="text-zinc-500">{term}</dt>
      <dd className="text-zinc-300">{children}</dd>
    </div>
  );
}
