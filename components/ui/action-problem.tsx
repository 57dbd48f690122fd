import type { ReactNode } from "react";
import type { ActionProblem as Problem } from "@/lib/action-errors";
import { CrossIcon } from "./icons";

interface Props {
  problem: Problem;
  testId: string;
  /** What the user keeps or can do now, e.g. "Your draft is kept." */
  children?: ReactNode;
}

/** Why an action failed: the plain sentence, the server's detail, and what is not lost. */
export function ActionProblem({ problem, testId, children }: Props) {
  return (
    <div
      role="alert"
      data-testid={testId}
      data-code={problem.code ?? "NETWORK"}
      className="flex gap-2 rounded border border-red-900/70 bg-red-950/30 px-3 py-2 text-xs text-red-200"
    >
      <CrossIcon className="mt-0.5 text-red-400" />
      <div className="min-w-0 space-y-1 break-words">
        <p className="font-medium">{problem.summary}</p>
        {problem.detail && <p className="text-red-300/80">{problem.detail}</p>}
        {children && <p className="text-zinc-300">{children}</p>}
      </div>
    </div>
  );
}
