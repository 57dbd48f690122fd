import type { ApiErrorCode } from "./api-error";

/** A failed action (send, create, abort) in plain words: what happened, then the server's own detail. Pure. */
export interface ActionProblem {
  /** The API's code; null when Switchboard itself could not be reached. */
  code: ApiErrorCode | null;
  summary: string;
  /** The server's message when it adds something to the summary. */
  detail: string | null;
}

/** `subject`: what a NOT_FOUND is about. */
export function describeActionError(
  code: ApiErrorCode | null,
  message: string,
  subject: "session" | "run",
): ActionProblem {
  switch (code) {
    case "GATEWAY_UNAVAILABLE":
      return {
        code,
        summary: `The gateway is down or not reachable: ${subject === "session" ? "nothing was sent" : "the run was not aborted"}.`,
        detail: message,
      };
    case "FORBIDDEN": {
      const scope = /lacks the scope ([\w.]+)/.exec(message)?.[1];
      const summary = scope
        ? `The gateway token lacks the scope ${scope}: ask for a token with ${scope}.`
        : "The gateway token lacks a scope this needs.";
      return { code, summary, detail: message };
    }
    case "NOT_FOUND":
      return { code, summary: `No such ${subject}.`, detail: message };
    case "GATEWAY_REFUSED":
      return {
        code,
        summary: `The gateway refused: ${message.replace(/^The gateway refused:\s*/, "")}`,
        detail: null,
      };
    case "UNAUTHENTICATED":
      return { code, summary: "You are signed out: sign in again, then retry.", detail: message };
    case "NOT_PERMITTED":
      return { code, summary: "You are not allowed to do this.", detail: message };
    case "RATE_LIMITED":
      return {
        code,
        summary: "Too many actions in a short time: wait a little, then retry.",
        detail: message,
      };
    case "INVALID_REQUEST":
    case "METHOD_NOT_ALLOWED":
    case "PAYLOAD_TOO_LARGE":
    case "URI_TOO_LONG":
    case "UNSUPPORTED_MEDIA_TYPE":
    case "HEADERS_TOO_LARGE":
      return { code, summary: `Not a valid request: ${message}`, detail: null };
    case "INTERNAL":
      return { code, summary: "Switchboard failed to do it.", detail: message };
    case null:
      return { code, summary: "Could not reach Switchboard.", detail: message };
  }
}
