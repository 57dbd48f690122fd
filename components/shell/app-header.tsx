"use client";

import Link from "next/link";
import { gatewayView, startupStep } from "@/lib/gateway-view";
import { roleAllows } from "@/lib/auth";
import { useHealth } from "@/hooks/use-health";
import { useMe } from "@/hooks/use-me";
import { useSocketState } from "@/hooks/use-socket-state";
import { SearchButton } from "@/components/search/search-button";
import { SendButton } from "@/components/send/send-button";
import { DemoBanner } from "./demo-banner";
import { GatewayErrorBanner } from "./gateway-error-banner";
import { GatewayPill } from "./gateway-pill";
import { UserMenu } from "./user-menu";

/** The top bar: product name, gateway pill, demo badge, Send (for operators), who is signed in; the error and demo banners below it. */
export function AppHeader() {
  const gateway = useHealth().data?.gateway;
  const view = gatewayView(gateway, useSocketState());
  const role = useMe().data?.role;
  return (
    <>
      <header className="sticky top-0 z-20 flex h-11 items-center gap-3 border-b border-zinc-800 bg-zinc-950/95 px-4 backdrop-blur">
        <Link href="/" className="rounded text-sm font-semibold tracking-wide text-zinc-100">
          Switchboard
        </Link>
        <div className="ml-auto flex min-w-0 items-center gap-2">
          {gateway?.demo && (
            <span className="rounded-full border border-sky-500/40 bg-sky-500/10 px-2 py-0.5 text-xs text-sky-300">
              demo
            </span>
          )}
          <SearchButton />
          <GatewayPill view={view} />
          {role && roleAllows(role, "operator") && <SendButton />}
          <UserMenu />
        </div>
      </header>
      {view.state === "error" && view.detail && <GatewayErrorBanner reason={view.detail} />}
      {gateway?.demo && <DemoBanner startupStep={startupStep(gateway)} />}
    </>
  );
}
