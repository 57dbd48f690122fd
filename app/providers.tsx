"use client";

import { useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "@/hooks/query-client";
import { useAlertNotifications } from "@/hooks/use-alert-notifications";
import { useLiveCache } from "@/hooks/use-live-cache";
import { useRunNotifications } from "@/hooks/use-run-notifications";

interface Props {
  children: ReactNode;
}

/**
 * The query cache for the whole app, kept live by the socket feed; notifications for
 * subscribed runs and, once asked for, new alerts. The sign-in page opens no socket: there is no one to open it for yet.
 */
export function Providers({ children }: Props) {
  const [queryClient] = useState(createQueryClient);
  const live = usePathname() !== "/login";
  useLiveCache(queryClient, live);
  useRunNotifications(queryClient, live);
  useAlertNotifications(live);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
