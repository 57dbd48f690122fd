import type { ApiErrorCode } from "@/lib/api-error";
import { classifyGatewayError } from "../gateway/errors";

/** An action that could not be done, with the API code and a message a person can act on. */
export class ActionError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }

  static fromGateway(error: unknown): ActionError {
    const { code, message } = classifyGatewayError(error);
    return new ActionError(code, message);
  }
}
