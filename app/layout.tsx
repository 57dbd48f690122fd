import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { SideNav } from "@/components/shell/side-nav";
import { SendDrawer } from "@/components/send/send-drawer";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Switchboard", template: "%s · Switchboard" },
  description: "Live dashboard for OpenClaw inter-session runs",
};

export const viewport: Viewport = { themeColor: "#09090b", colorScheme: "dark" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-950 text-sm text-zinc-300 antialiased">
        <a
          href="#main"
          className="sr-only rounded bg-zinc-800 px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30"
        >
          Skip to content
        </a>
        <Providers>
          <AppHeader />
          <div className="md:flex">
            <SideNav />
            <main id="main" className="min-w-0 flex-1 px-3 py-4 md:px-6">
              {children}
            </main>
          </div>
          <SendDrawer />
        </Providers>
      </body>
    </html>
  );
}
