"use client";

import { useState, type FormEvent } from "react";
import { useSignIn } from "@/hooks/use-sign-in";

const input =
  "w-full rounded border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm text-zinc-100 placeholder:text-zinc-500";
const label = "block space-y-0.5 text-xs text-zinc-400";
const button =
  "rounded border border-sky-500/50 bg-sky-500/10 px-3 py-1.5 text-xs font-medium text-sky-200 hover:bg-sky-500/20 disabled:opacity-50";

/** Sign in with the admin token (or an API token), or with a name and password from the config file. */
export function SignInScreen() {
  const signIn = useSignIn();
  const [token, setToken] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const submit = (request: Parameters<typeof signIn.mutate>[0]) => (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(request);
  };
  return (
    <main id="main" className="mx-auto max-w-sm space-y-5 px-4 py-10">
      <h1 className="text-lg font-semibold text-zinc-100">Sign in to Switchboard</h1>
      <form onSubmit={submit({ token })} className="space-y-2" aria-label="Sign in with a token">
        <label className={label}>
          <span>Token</span>
          <input
            data-testid="sign-in-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            className={`${input} font-mono`}
          />
        </label>
        <p className="text-xs text-zinc-500">
          The link printed when Switchboard started signs you in once. After that, use the token in{" "}
          <code className="font-mono">data/admin-token</code> (or{" "}
          <code className="font-mono">SWITCHBOARD_TOKEN</code>
          ), or an API token.
        </p>
        <button
          type="submit"
          data-testid="sign-in-submit"
          disabled={!token || signIn.isPending}
          className={button}
        >
          Sign in
        </button>
      </form>
      <form
        onSubmit={submit({ name, password })}
        className="space-y-2 border-t border-zinc-800 pt-4"
        aria-label="Sign in with a name and password"
      >
        <label className={label}>
          <span>Name</span>
          <input
            data-testid="sign-in-name"
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={input}
          />
        </label>
        <label className={label}>
          <span>Password</span>
          <input
            data-testid="sign-in-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={input}
          />
        </label>
        <button type="submit" disabled={!name || !password || signIn.isPending} className={button}>
          Sign in
        </button>
      </form>
      {signIn.isError && (
        <p data-testid="sign-in-error" role="alert" className="text-xs text-red-300">
          {signIn.error.message}
        </p>
      )}
    </main>
  );
}
