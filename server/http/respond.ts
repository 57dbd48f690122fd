import type { ServerResponse } from "node:http";
import { HTTP_STATUS, type ApiError, type ApiErrorCode } from "@/lib/api-error";
import type { ZodError } from "zod";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}

export function sendError(res: ServerResponse, code: ApiErrorCode, message: string): void {
  const body: ApiError = { error: { code, message } };
  sendJson(res, HTTP_STATUS[code], body);
}

/** One readable line per invalid parameter, e.g. `limit: Too big: expected number to be <=200`. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; ");
}

/** A JSON body the browser saves as `filename`. */
export function sendDownload(res: ServerResponse, filename: string, body: unknown): void {
  res.setHeader("content-disposition", `attachment; filename="${filename}"`);
  sendJson(res, 200, body);
}

/** A text body (CSV) the browser saves as `filename`. */
export function sendTextDownload(
  res: ServerResponse,
  filename: string,
  contentType: string,
  text: string,
): void {
  res.writeHead(200, {
    "content-type": `${contentType}; charset=utf-8`,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
  });
  res.end(text);
}
