import { createInterface } from "node:readline/promises";
import { hashPassword } from "./passwords";

/**
 * `npm run -s hash-password`: reads a password (typed, or piped on stdin) and prints the
 * scrypt hash to put in switchboard.config.json as a user's `password`.
 */
async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write("Password (it is shown as you type): ");
  const password = (await lines[Symbol.asyncIterator]().next()).value as string | undefined;
  lines.close();
  if (!password) {
    console.error("No password given: type one, or pipe it in.");
    process.exit(2);
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
}

void main();
