"use client";

import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { CommandPalette } from "@/components/search/command-palette";
import { SendDrawer } from "@/components/send/send-drawer";
import { AppHeader } from "./app-header";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { PageMain } from "./page-main";
import { SideNav } from "./side-nav";

/** The top bar, navigation and Send drawer around every page but the sign-in page. */
export function AppChrome({ children }: { children: ReactNode }) {
  if (usePathname() === "/login") return children;
  return (
    <>
      <AppHeader />
      <div className="md:flex">
        <SideNav />
        <PageMain>{children}</PageMain>
      </div>
      <SendDrawer />
      <CommandPalette />
      <KeyboardShortcuts />
    </>
  );
}
