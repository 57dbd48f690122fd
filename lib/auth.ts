import { z } from "zod";

/** `viewer` reads; `operator` may also send, create, abort; `admin` may also manage tokens and policies. */
export const Role = z.enum(["viewer", "operator", "admin"]);
export type Role = z.infer<typeof Role>;

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

const UserName = z.string().regex(/^[\w.@+-]{1,64}$/, "1 to 64 letters, digits, or . @ + - _");

/** `switchboard.config.json` → `users[]`; the password is a hash from `npm run hash-password`. */
export const ConfiguredUser = z.strictObject({
  name: UserName,
  role: Role,
  password: z
    .string()
    .regex(/^scrypt\$/, "a hash made by `npm run hash-password` (scrypt$…), never the password itself")
    .optional(),
});
export type ConfiguredUser = z.infer<typeof ConfiguredUser>;

/** `POST /api/auth/login`: a token (the admin token, an API token, the one-time link's code) or a name and password. */
export const LoginRequest = z.union([
  z.strictObject({ token: z.string().min(1).max(512) }),
  z.strictObject({ name: UserName, password: z.string().min(1).max(1024) }),
]);
export type LoginRequest = z.infer<typeof LoginRequest>;

/** How a request proved who it is. */
const Credential = z.enum(["admin-token", "api-token", "session", "proxy"]);

/** `GET /api/auth/me`: who the browser is signed in as. */
export const Me = z.object({ name: z.string(), role: Role, via: Credential });
export type Me = z.infer<typeof Me>;
