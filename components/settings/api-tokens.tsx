"use client";

import { useState, type FormEvent } from "react";
import { Role } from "@/lib/auth";
import { formatAbsolute } from "@/lib/format";
import { useApiTokens } from "@/hooks/use-api-tokens";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";

const input = "rounded border border-zinc-700 bg-zinc-900 px-2 py-1 text-sm text-zinc-100";

/** API tokens for scripts (admins): make one with a name and a role, see its secret once, revoke. */
export function ApiTokens() {
  const { list, create, revoke } = useApiTokens();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, role }, { onSuccess: () => setName("") });
  };
  return (
    <section aria-labelledby="tokens-title" className="space-y-3">
      <h2 id="tokens-title" className="text-sm font-semibold text-zinc-200">
        API tokens
      </h2>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label className="space-y-0.5 text-xs text-zinc-400">
          <span className="block">Name</span>
          <input
            data-testid="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={input}
          />
        </label>
        <label className="space-y-0.5 text-xs text-zinc-400">
          <span className="block">Role</span>
          <select value={role} onChange={(e) => setRole(Role.parse(e.target.value))} className={input}>
            {Role.options.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          data-testid="token-create"
          disabled={!name.trim() || create.isPending}
          className="rounded border border-sky-500/50 bg-sky-500/10 px-3 py-1 text-xs text-sky-200 hover:bg-sky-500/20 disabled:opacity-50"
        >
          Create token
        </button>
      </form>
      {create.data && (
        <p
          data-testid="token-secret"
          className="flex items-center gap-2 rounded border border-amber-700/60 p-2 text-xs text-amber-200"
        >
          Copy the secret of “{create.data.token.name}” now; it is not shown again:
          <code className="font-mono break-all">{create.data.secret}</code>
          <CopyButton value={create.data.secret} label="Copy the token" />
        </p>
      )}
      {(create.error ?? revoke.error) && (
        <Notice tone="error">{(create.error ?? revoke.error)!.message}</Notice>
      )}
      {list.data && list.data.tokens.length > 0 && (
        <ul className="divide-y divide-zinc-800 text-xs">
          {list.data.tokens.map((t) => (
            <li
              key={t.id}
              data-testid="token-row"
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5"
            >
              <span className="font-medium text-zinc-200">{t.name}</span>
              <span className="text-zinc-400">{t.role}</span>
              <span className="text-zinc-500">
                by {t.createdBy}, {formatAbsolute(t.createdAt)}
              </span>
              {t.revokedAt !== null ? (
                <span className="text-red-300">revoked {formatAbsolute(t.revokedAt)}</span>
              ) : (
                <button
                  type="button"
                  onClick={() => revoke.mutate(t.id)}
                  disabled={revoke.isPending}
                  className="ml-auto rounded border border-zinc-700 px-2 py-0.5 text-zinc-300 hover:bg-zinc-800"
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
