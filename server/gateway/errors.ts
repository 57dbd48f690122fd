import type { ApiErrorCode } from "@/lib/api-error";

/**
 * A failed gateway request, in the words the API uses: down or unreachable, a missing scope
 * (with the scope), or a refusal with the gateway's own reason.
 */
export function classifyGatewayError(error: unknown): { code: ApiErrorCode; message: string } {
  const e = error as {
    code?: string;
    gatewayCode?: string;
    message?: string;
    details?: { missingScope?: string };
  };
  const message = e?.message ?? String(error);
  if (!e?.gatewayCode || e.code === "CLIENT_TIMEOUT") {
    return { code: "GATEWAY_UNAVAILABLE", message: `The gateway is not reachable: ${message}` };
  }
  const scope = e.details?.missingScope ?? /missing scope: ([\w.]+)/.exec(message)?.[1];
  if (e.gatewayCode === "FORBIDDEN" || scope) {
    return {
      code: "FORBIDDEN",
      message: `The gateway token lacks the scope ${scope ?? "this needs"}: ${message}`,
    };
  }
  if (e.gatewayCode === "UNAVAILABLE") return { code: "GATEWAY_UNAVAILABLE", message };
  return { code: "GATEWAY_REFUSED", message: `The gateway refused: ${message}` };
}
