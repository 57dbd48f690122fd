// Compiles the server once, at install (and with `npm run build`), so `npm start` runs plain
// JavaScript: no TypeScript transform at every start (decision record 060).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [join(root, "server", "main.ts")],
  outdir: join(root, "dist", "server"),
  outExtension: { ".js": ".mjs" },
  // PostgreSQL and Redis are imported only when configured: their code goes in chunks of its own.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  // Our code (server/, lib/, the `@/` alias) is bundled; npm packages load from node_modules.
  packages: "external",
  tsconfig: join(root, "tsconfig.json"),
  sourcemap: true,
  logLevel: "warning",
});
