import { readFileSync } from "node:fs";
import type { ConfiguredUser } from "@/lib/auth";
import { HandoffPolicies, SwitchboardFile } from "@/lib/policies";
import { ConfigError } from "../config";

export interface LoadedPolicies {
  source: string | null;
  policies: HandoffPolicies;
  /** The file's `users`, read here too so the file is parsed, and refused, in one place. */
  users: ConfiguredUser[];
}

/**
 * Reads `switchboard.config.json`. No file: no policies. A file that is not valid JSON or
 * breaks the schema stops the start, naming the file and each bad field, rather than running
 * half-configured.
 */
export function loadPolicies(file: string): LoadedPolicies {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { source: null, policies: HandoffPolicies.parse({}), users: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = SwitchboardFile.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
    throw new ConfigError(`${file} is invalid:\n  ${lines.join("\n  ")}`);
  }
  return { source: file, policies: parsed.data.handoffPolicies, users: parsed.data.users };
}
