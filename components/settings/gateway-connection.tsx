import type { GatewayView } from "@/lib/gateway-view";
import type { GatewayStatus } from "@/lib/health";
import { Field } from "@/components/ui/field";
import { GatewayPill } from "@/components/shell/gateway-pill";

interface Props {
  /** Null while health loads. */
  gateway: GatewayStatus | null;
  view: GatewayView;
}

/** Which gateway Switchboard talks to: url, protocol, server version, and its state. */
export function GatewayConnection({ gateway, view }: Props) {
  return (
    <section aria-labelledby="gateway-title" data-testid="gateway-connection" className="space-y-2">
      <h2 id="gateway-title" className="text-sm font-semibold text-zinc-100">
        Gateway connection
      </h2>
      {gateway ? (
        <dl className="space-y-1 text-xs">
          <Field term="URL">
            {gateway.url ? <code className="font-mono break-all">{gateway.url}</code> : "—"}
          </Field>
          <Field term="State">
            <GatewayPill view={view} />
            {gateway.demo && <span className="ml-2 text-zinc-500">demo gateway started by Switchboard</span>}
          </Field>
          <Field term="Protocol">{gateway.protocol ?? "—"}</Field>
          <Field term="Server version">{gateway.serverVersion ?? "—"}</Field>
          {gateway.error && <Field term="Error">{gateway.error}</Field>}
        </dl>
      ) : (
        <p className="text-xs text-zinc-500">Loading…</p>
      )}
    </section>
  );
}
