"use client";

import { useState, type ReactNode } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "@/hooks/query-client";
import { useLiveCache } from "@/hooks/use-live-cache";
import { useRunNotifications } from "@/hooks/use-run-notifications";

interface Props {
  children: ReactNode;
}

/** The query cache for the whole app, kept live by the socket feed; notifications for subscribed runs. */
export function Providers({ children }: Props) {
  const [queryClient] = useState(createQueryClient);
  useLiveCache(queryClient);
  useRunNotifications(queryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
