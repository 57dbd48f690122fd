"use client";

import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { CommandPalette } from "@/components/search/command-palette";
import { SendDrawer } from "@/components/send/send-drawer";
import { AppHeader } from "./app-header";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { SideNav } from "./side-nav";

/** The top bar, navigation and Send drawer around every page but the sign-in page. */
export function AppChrome({ children }: { children: ReactNode }) {
  if (usePathname() === "/login") return children;
  return (
    <>
      <AppHeader />
      <div className="md:flex">
        <SideNav />
        <main id="main" className="min-w-0 flex-1 px-3 py-4 md:px-6">
          {children}
        </main>
      </div>
      <SendDrawer />
      <CommandPalette />
      <KeyboardShortcuts />
    </>
  );
}
