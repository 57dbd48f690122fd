import { createHash, createPublicKey, generateKeyPairSync, sign } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { DeviceIdentity } from "@openclaw/gateway-client";

/**
 * Switchboard's Ed25519 device identity, kept in the data dir so the gateway sees the same
 * device across restarts (a gateway on another host pairs a device once, not every start).
 */
export function loadOrCreateDeviceIdentity(file: string): DeviceIdentity {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as DeviceIdentity;
    if (saved.deviceId && saved.privateKeyPem && saved.publicKeyPem) return saved;
  } catch {
    // First start, or an unreadable file: make a new identity below.
  }
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const identity: DeviceIdentity = {
    deviceId: createHash("sha256").update(rawPublicKey(publicKeyPem)).digest("hex"),
    publicKeyPem,
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(identity, null, 2), { mode: 0o600 });
  return identity;
}

export function signDevicePayload(privateKeyPem: string, payload: string): string {
  return sign(null, Buffer.from(payload, "utf8"), privateKeyPem).toString("base64url");
}

export function publicKeyRawBase64UrlFromPem(publicKeyPem: string): string {
  return rawPublicKey(publicKeyPem).toString("base64url");
}

/** The raw 32-byte key: the last 32 bytes of the DER SubjectPublicKeyInfo. */
function rawPublicKey(publicKeyPem: string): Buffer {
  const der = createPublicKey(publicKeyPem).export({ type: "spki", format: "der" });
  return der.subarray(der.length - 32);
}
