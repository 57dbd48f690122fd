import { z } from "zod";

export const ApiErrorCode = z.enum([
  "NOT_FOUND",
  "INVALID_REQUEST",
  "GATEWAY_UNAVAILABLE",
  /** The gateway token lacks the scope the action needs. */
  "FORBIDDEN",
  /** The gateway answered, and said no (with its reason). */
  "GATEWAY_REFUSED",
  "INTERNAL",
  /** No credentials, or ones that are unknown, expired or revoked. */
  "UNAUTHENTICATED",
  /** Signed in, but the role does not allow it; or a cross-site request, or a host Switchboard does not serve. */
  "NOT_PERMITTED",
  "METHOD_NOT_ALLOWED",
  "PAYLOAD_TOO_LARGE",
  "URI_TOO_LONG",
  "UNSUPPORTED_MEDIA_TYPE",
  /** Too many actions in a short time; `Retry-After` says when to try again. */
  "RATE_LIMITED",
  "HEADERS_TOO_LARGE",
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

/** Every /api error has this shape, with a stable code a script can branch on. */
export const ApiError = z.object({
  error: z.object({ code: ApiErrorCode, message: z.string() }),
});
export type ApiError = z.infer<typeof ApiError>;

export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_REQUEST: 400,
  GATEWAY_UNAVAILABLE: 503,
  FORBIDDEN: 403,
  GATEWAY_REFUSED: 422,
  INTERNAL: 500,
  UNAUTHENTICATED: 401,
  NOT_PERMITTED: 403,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
};
