import Link from "next/link";

interface Props {
  runId: string;
}

/** An unknown run id: say so, and offer the way back. */
export function RunNotFound({ runId }: Props) {
  return (
    <section data-testid="run-not-found" className="mx-auto max-w-lg space-y-3 py-12 text-center">
      <h1 className="text-base font-semibold text-zinc-100">Run not found</h1>
      <p className="text-zinc-400">
        Switchboard has no run with the id{" "}
        <code className="font-mono break-words text-zinc-200">{runId}</code>. It may belong to another
        gateway, or it was never recorded here.
      </p>
      <Link
        href="/runs"
        className="inline-block rounded border border-zinc-700 px-3 py-1 text-zinc-200 hover:bg-zinc-800"
      >
        ← Back to runs
      </Link>
    </section>
  );
}
