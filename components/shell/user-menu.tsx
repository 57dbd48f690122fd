"use client";

import { useMe } from "@/hooks/use-me";
import { useSignOut } from "@/hooks/use-sign-out";

/** Who is signed in, as what, and a way out. */
export function UserMenu() {
  const me = useMe().data;
  const signOut = useSignOut();
  if (!me) return null;
  return (
    <span className="inline-flex min-w-0 items-center gap-2 text-xs text-zinc-400">
      <span
        data-testid="signed-in-as"
        className="hidden max-w-[10rem] truncate sm:inline"
        title={`${me.name} (${me.role})`}
      >
        {me.name} · {me.role}
      </span>
      <button
        type="button"
        data-testid="sign-out"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
        className="rounded border border-zinc-700 px-2 py-0.5 whitespace-nowrap hover:bg-zinc-800 disabled:opacity-50"
      >
        Sign out
      </button>
    </span>
  );
}
