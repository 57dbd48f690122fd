import type { z } from "zod";
import { ApiError, type ApiErrorCode } from "@/lib/api-error";
import { goToSignIn } from "./sign-in-redirect";

/** A failed /api call, with the server's stable error code when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | null,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === "NOT_FOUND";
}

/** Client errors (4xx) will not get better by asking again. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500);
}

/** GETs a same-origin /api path and parses the body with the contract's schema. */
export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  return parseResponse(await fetch(path, { signal, headers: { accept: "application/json" } }), schema);
}

/** POSTs JSON to a same-origin /api path and parses the answer with the contract's schema. */
export async function postJson<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
): Promise<z.output<S>> {
  const headers = { accept: "application/json", "content-type": "application/json" };
  return parseResponse(await fetch(path, { method: "POST", headers, body: JSON.stringify(body) }), schema);
}

async function parseResponse<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) goToSignIn();
  if (!response.ok) {
    const parsed = ApiError.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `${response.status} ${response.statusText}`;
    throw new ApiRequestError(response.status, parsed.success ? parsed.data.error.code : null, message);
  }
  return schema.parse(body);
}

/** `?a=1&b=2` from the defined values, or "" when there are none. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
