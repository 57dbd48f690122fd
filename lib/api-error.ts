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
};
