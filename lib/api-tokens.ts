import { z } from "zod";
import { Role } from "./auth";

/** A named API token for scripts; the secret itself is shown once, at creation, and stored hashed. */
export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  createdAt: z.number(),
  createdBy: z.string(),
  revokedAt: z.number().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** `POST /api/tokens` */
export const CreateTokenRequest = z.strictObject({
  name: z.string().trim().min(1, "a name saying what the token is for").max(64),
  role: Role,
});

/** `201` answer: the token and, this once, its secret. */
export const CreateTokenResponse = z.object({ token: ApiToken, secret: z.string() });

export const TokensResponse = z.object({ tokens: z.array(ApiToken) });
