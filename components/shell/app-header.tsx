"use client";

import Link from "next/link";
import { startupStep } from "@/lib/gateway-view";
import { roleAllows } from "@/lib/auth";
import { useGatewayView } from "@/hooks/use-gateway-view";
import { useMe } from "@/hooks/use-me";
import { SearchButton } from "@/components/search/search-button";
import { SendButton } from "@/components/send/send-button";
import { ConnectionBanner } from "./connection-banner";
import { DemoBanner } from "./demo-banner";
import { GatewayPill } from "./gateway-pill";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

/**
 * The top bar: product name, search, gateway pill, demo badge, Send (for operators), theme, who
 * is signed in; the connection and demo banners below it, inside the same banner landmark.
 */
export function AppHeader() {
  const { gateway, view } = useGatewayView();
  const role = useMe().data?.role;
  return (
    <header className="sticky top-0 z-20">
      <div className="flex h-11 items-center gap-2 border-b border-zinc-800 bg-zinc-950/95 px-3 backdrop-blur sm:gap-3 sm:px-4">
        <Link href="/" className="rounded text-sm font-semibold tracking-wide text-zinc-100">
          Switchboard
        </Link>
        <div className="ml-auto flex min-w-0 items-center gap-2">
          {gateway?.demo && (
            <span className="hidden rounded-full border border-sky-500/40 bg-sky-500/10 px-2 py-0.5 text-xs text-sky-300 sm:inline">
              demo
            </span>
          )}
          <SearchButton />
          <GatewayPill view={view} />
          {role && roleAllows(role, "operator") && <SendButton compact />}
          <ThemeToggle />
          <UserMenu />
        </div>
      </div>
      <ConnectionBanner view={view} />
      {gateway?.demo && <DemoBanner startupStep={startupStep(gateway)} />}
    </header>
  );
}
