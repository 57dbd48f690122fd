"use client";

import { gatewayView } from "@/lib/gateway-view";
import { useHealth } from "@/hooks/use-health";
import { useMe } from "@/hooks/use-me";
import { usePolicies } from "@/hooks/use-policies";
import { useSocketState } from "@/hooks/use-socket-state";
import { Notice } from "@/components/ui/notice";
import { ApiTokens } from "./api-tokens";
import { GatewayConnection } from "./gateway-connection";
import { PoliciesView } from "./policies-view";

/** The handoff policies in force (read-only), the gateway connection, and API tokens for admins. */
export function SettingsScreen() {
  const policies = usePolicies();
  const gateway = useHealth().data?.gateway ?? null;
  const view = gatewayView(gateway ?? undefined, useSocketState());
  const admin = useMe().data?.role === "admin";
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-base font-semibold text-zinc-100">Settings</h1>
      {policies.data ? (
        <PoliciesView response={policies.data} />
      ) : policies.isError ? (
        <Notice tone="error">Could not load the handoff policies: {policies.error.message}</Notice>
      ) : (
        <Notice tone="loading">Loading handoff policies…</Notice>
      )}
      <GatewayConnection gateway={gateway} view={view} />
      {admin && <ApiTokens />}
    </div>
  );
}
