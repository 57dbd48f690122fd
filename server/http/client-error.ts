import type { Socket } from "node:net";
import type { ApiError } from "@/lib/api-error";

/**
 * Requests Node refuses before any handler sees them (headers over the limit, a malformed
 * request line) still get the API's JSON error instead of a bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const body: ApiError = {
    error: tooLarge
      ? { code: "HEADERS_TOO_LARGE", message: "the request line and headers are larger than 16 KB" }
      : { code: "INVALID_REQUEST", message: "the request is not valid HTTP" },
  };
  const text = JSON.stringify(body);
  socket.end(
    [
      tooLarge ? "HTTP/1.1 431 Request Header Fields Too Large" : "HTTP/1.1 400 Bad Request",
      "content-type: application/json; charset=utf-8",
      `content-length: ${Buffer.byteLength(text)}`,
      "connection: close",
      "",
      text,
    ].join("\r\n"),
  );
}
