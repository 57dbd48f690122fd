import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-lg space-y-3 py-12 text-center">
      <h1 className="text-base font-semibold text-zinc-100">Page not found</h1>
      <p className="text-zinc-400">There is nothing at this address.</p>
      <Link
        href="/runs"
        className="inline-block rounded border border-zinc-700 px-3 py-1 text-zinc-200 hover:bg-zinc-800"
      >
        ← Back to runs
      </Link>
    </section>
  );
}
