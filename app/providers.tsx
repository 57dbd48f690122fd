"use client";

import { useState, type ReactNode } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "@/hooks/query-client";
import { useLiveCache } from "@/hooks/use-live-cache";

interface Props {
  children: ReactNode;
}

/** The query cache for the whole app, kept live by the socket feed. */
export function Providers({ children }: Props) {
  const [queryClient] = useState(createQueryClient);
  useLiveCache(queryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
