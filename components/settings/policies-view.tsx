import type { PoliciesResponse } from "@/lib/policies";
import { describePolicies } from "@/lib/policy-view";
import { WarningIcon } from "@/components/ui/icons";

interface Props {
  response: PoliciesResponse;
}

/** The handoff policies in force, one line each, with their note templates; read-only (they come from the config file). */
export function PoliciesView({ response }: Props) {
  const { source, policies, warning, preview } = response;
  return (
    <section data-testid="policies-view" aria-labelledby="policies-title" className="space-y-3">
      <header className="space-y-1">
        <h2 id="policies-title" className="text-sm font-semibold text-zinc-100">
          Handoff policies
        </h2>
        <p className="text-xs text-zinc-400">
          {source ? (
            <>
              From <code className="font-mono break-all text-zinc-200">{source}</code> (read at start; edit
              the file and restart to change them).
            </>
          ) : (
            <>
              No <code className="font-mono text-zinc-200">switchboard.config.json</code>: no policies.
              Switchboard only watches, with the defaults below.
            </>
          )}
        </p>
      </header>
      {warning && (
        <p
          data-testid="policy-warning"
          role="alert"
          className="flex gap-2 rounded border border-amber-700/70 bg-amber-950/40 px-3 py-2 text-amber-200"
        >
          <WarningIcon className="mt-0.5 text-amber-400" />
          <span>{warning}</span>
        </p>
      )}
      <dl className="divide-y divide-zinc-800 rounded border border-zinc-800">
        {describePolicies(policies, preview).map((line) => (
          <div
            key={line.name}
            data-policy={line.name}
            className="grid gap-x-4 gap-y-1 px-3 py-2 sm:grid-cols-[10rem_minmax(0,1fr)]"
          >
            <dt className="flex items-center gap-2 text-zinc-200">
              {line.name}
              {line.on !== null && (
                <span
                  className={`rounded-full px-1.5 text-[0.7rem] ${line.on ? "bg-emerald-500/15 text-emerald-300" : "bg-zinc-800 text-zinc-500"}`}
                >
                  {line.on ? "on" : "off"}
                </span>
              )}
            </dt>
            <dd className="space-y-1 text-zinc-400">
              <p>{line.text}</p>
              {line.template && (
                <>
                  <pre className="rounded bg-zinc-900 px-2 py-1 font-mono text-xs break-words whitespace-pre-wrap text-zinc-200">
                    {line.template.text}
                  </pre>
                  <p className="text-xs text-zinc-500" data-testid="template-preview">
                    {line.template.on
                      ? `As posted for the latest hop (${line.template.on}): `
                      : "Reads like: "}
                    <span className="text-zinc-300">{line.template.example}</span>
                  </p>
                  {line.template.warnings.map((w) => (
                    <p key={w} className="text-xs text-amber-300">
                      {w}
                    </p>
                  ))}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
