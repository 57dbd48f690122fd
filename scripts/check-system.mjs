// First step of `npm test`: make sure the machine has what the tests need (scripts/system-requirements.mjs).
// Missing packages are installed from Debian when this runs as root with apt; otherwise it stops
// before any test runs, with one line saying exactly what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { REQUIREMENTS } from "./system-requirements.mjs";

const missing = REQUIREMENTS.filter((r) => !r.present());
const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");

if (missing.length > 0 && canApt) {
  const packages = [...new Set(missing.flatMap((r) => r.aptPackages))];
  console.log(
    `npm test: installing ${packages.join(", ")} from Debian (needed: ${missing.map((r) => r.what).join("; ")})…`,
  );
  const apt = (args) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  try {
    apt(["update", "-qq"]);
    apt(["install", "-y", "-qq", ...packages]);
  } catch {
    // Reported below, as for a machine without apt.
  }
}

const stillMissing = REQUIREMENTS.filter((r) => !r.present());
if (stillMissing.length > 0) {
  for (const r of stillMissing) {
    console.error(
      `npm test needs ${r.what}: install it with "sudo apt-get install -y ${r.aptPackages.join(" ")}" (${r.otherwise}).`,
    );
  }
  process.exit(1);
}
