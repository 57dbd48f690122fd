"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiToken, CreateTokenResponse, TokensResponse } from "@/lib/api-tokens";
import type { Role } from "@/lib/auth";
import { getJson, postJson } from "./api";
import { queryKeys } from "./query-keys";

/** The API tokens (admins), making one (its secret is in `created`, this once) and revoking one. */
export function useApiTokens() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
  const list = useQuery({
    queryKey: queryKeys.tokens,
    queryFn: ({ signal }) => getJson("/api/tokens", TokensResponse, signal),
  });
  const create = useMutation({
    mutationFn: (request: { name: string; role: Role }) =>
      postJson("/api/tokens", request, CreateTokenResponse),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      postJson(`/api/tokens/${encodeURIComponent(id)}/revoke`, {}, z.object({ token: ApiToken })),
    onSuccess: refresh,
  });
  return { list, create, revoke };
}
