import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { ActionError } from "../actions/action-error";
import { describeZodError } from "./respond";

const MAX_BODY_BYTES = 256 * 1024;

/** The request's JSON body, parsed with `schema`; a clear INVALID_REQUEST otherwise. */
export async function readBody<T extends z.ZodType>(req: IncomingMessage, schema: T): Promise<z.infer<T>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new ActionError("PAYLOAD_TOO_LARGE", `the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new ActionError("INVALID_REQUEST", "the body is not valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ActionError("INVALID_REQUEST", describeZodError(parsed.error));
  return parsed.data;
}
