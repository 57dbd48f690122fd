import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random secret with a prefix saying what it is (`sbt_…` an API token), 256 bits. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/**
 * Secrets are random and long, so a plain SHA-256 is enough to store them: unlike passwords,
 * they cannot be guessed from a list, and a fast hash keeps each request cheap.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Compares two secrets in constant time (through their hashes, so lengths may differ). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecret(a), "hex"), Buffer.from(hashSecret(b), "hex"));
}
