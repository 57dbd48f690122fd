import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../repo-root";

/** Installed by the root postinstall into its own folder (openclaw refuses to install under Node < 24.16). */
export const OPENCLAW_ENTRY = join(REPO_ROOT, "openclaw-runtime", "node_modules", "openclaw", "openclaw.mjs");

/** The oldest Node the gateway starts on (`engines` of openclaw 2026.9.6). */
const MIN_NODE = [24, 16] as const;

/**
 * The gateway needs Node >= 24.16 (it needs node:sqlite). Reuse the running Node when it is new
 * enough; otherwise use the one from the `node` devDependency.
 */
export function resolveGatewayNode(): string {
  if (isAtLeast(process.versions.node, MIN_NODE)) return process.execPath;
  const bundled = join(REPO_ROOT, "node_modules", "node", "bin", "node");
  if (existsSync(bundled)) return bundled;
  throw new Error(
    `The OpenClaw gateway needs Node >= ${MIN_NODE.join(".")}; this is ${process.version} and ${bundled} is missing (run npm install).`,
  );
}

export function assertGatewayInstalled(): void {
  if (!existsSync(OPENCLAW_ENTRY))
    throw new Error(`OpenClaw is not installed at ${OPENCLAW_ENTRY} (run npm install).`);
}

function isAtLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.split(".").map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}
