// @ts-check
/**
 * The dependency rule of docs/architecture.md, as lint rules. Imports flow down:
 * app → components → hooks → lib, and server/main → server/* → lib. Each forbidden import
 * says why. Patterns catch `@/` aliases and relative paths alike, and no-restricted-imports
 * also covers `export … from`; dynamic `import()` is checked by the same patterns below.
 */

/** An import of the top-level folder `name`, by alias or by any number of `../`. */
const folder = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;

const BROWSER_NO_SERVER =
  "app/, components/, hooks/ and lib/ end up in the browser: reach the server through /api and socket.io (hooks/), never by importing server/.";

const forbid = {
  server: { regex: folder("server"), message: BROWSER_NO_SERVER },
  app: {
    regex: folder("app"),
    message: "Only Next's router uses app/: move what you need into components/ or lib/.",
  },
  components: {
    regex: folder("components"),
    message:
      "hooks/ and lib/ sit below components/ (app → components → hooks → lib): pass data down as props instead.",
  },
  hooks: {
    regex: folder("hooks"),
    message: "lib/ holds pure contracts and helpers; React data hooks live above it in hooks/.",
  },
  node: {
    regex: "^(node:|(fs|path|os|crypto|http|https|net|child_process|stream|url|util)$)",
    message:
      "Node built-ins do not exist in the browser: this code is shared with it. I/O belongs in server/.",
  },
  react: {
    regex: "^(react|react-dom|next|socket\\.io|socket\\.io-client|@tanstack/)(/|$)",
    message:
      "lib/ is framework-free (zod schemas, types, pure functions): React, Next and sockets belong in hooks/ and components/.",
  },
  openclaw: {
    regex: "^@openclaw/",
    message:
      "Only server/gateway/ speaks the gateway protocol: everything after it reads typed domain events (lib/).",
  },
  browserCode: {
    regex: `^(@/|(\\.\\./)+)(app|components|hooks)(/|$)`,
    message:
      "The server never imports browser code (app/, components/, hooks/): share contracts through lib/.",
  },
  storeFromRealtime: {
    regex: "^(@/server/|(\\.\\./)+)store(/|$)",
    message:
      "The realtime hub gets `replay` and friends injected by server/main.ts; it never reads the store itself.",
  },
  storeLeavesAlias: {
    regex: "^@/(server/(?!store/)|app/|components/|hooks/)",
    message: "server/store/ depends only on lib/ and its own files: move the shared contract into lib/.",
  },
};

/** A relative import that leaves server/store/ from a file `depth` folders below it. */
const leavesStore = (depth) => ({
  regex: `^${"\\.\\./".repeat(depth + 1)}`,
  message: forbid.storeLeavesAlias.message,
});

const ENV_MESSAGE =
  "Only server/config.ts reads process.env (validated, one clear line per bad variable): take the value from Config or an option.";

/** no-restricted-imports and the same patterns for dynamic import(), whose selectors may not contain "/". */
function restrict(files, patterns, extra = {}) {
  return {
    files,
    ...extra.scope,
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: patterns.map(({ regex, message }) => ({ regex, message })) },
      ],
      "no-restricted-syntax": [
        "error",
        ...patterns.map(({ regex, message }) => ({
          selector: `ImportExpression[source.value=/${regex.replaceAll("/", "\\x2F")}/]`,
          message,
        })),
      ],
      ...extra.rules,
    },
  };
}

const noEnv = {
  "no-restricted-properties": ["error", { object: "process", property: "env", message: ENV_MESSAGE }],
};

const LIB_IO_GLOBALS = [
  "fetch",
  "window",
  "document",
  "localStorage",
  "sessionStorage",
  "WebSocket",
  "XMLHttpRequest",
  "EventSource",
].map((name) => ({
  name,
  message: "lib/ does no I/O and touches no browser API: do it in hooks/ (browser) or server/.",
}));

const {
  server,
  app,
  components,
  hooks,
  node,
  react,
  openclaw,
  browserCode,
  storeFromRealtime,
  storeLeavesAlias,
} = forbid;

export const boundaryConfigs = [
  restrict(["app/**/*.{ts,tsx}"], [server, node, openclaw], { rules: noEnv }),
  restrict(["components/**/*.{ts,tsx}"], [app, server, node, openclaw], { rules: noEnv }),
  restrict(["hooks/**/*.{ts,tsx}"], [app, components, server, node, openclaw], { rules: noEnv }),
  restrict(["lib/**/*.ts"], [app, components, hooks, server, node, react, openclaw], {
    rules: { ...noEnv, "no-restricted-globals": ["error", ...LIB_IO_GLOBALS] },
  }),
  restrict(["server/gateway/**/*.ts"], [browserCode], { rules: noEnv }),
  restrict(["server/realtime/**/*.ts"], [browserCode, openclaw, storeFromRealtime], { rules: noEnv }),
  restrict(["server/store/*.ts"], [browserCode, openclaw, storeLeavesAlias, leavesStore(0)], {
    rules: noEnv,
  }),
  restrict(["server/store/*/**/*.ts"], [browserCode, openclaw, storeLeavesAlias, leavesStore(1)], {
    rules: noEnv,
  }),
  restrict(["server/**/*.ts"], [browserCode, openclaw], {
    scope: { ignores: ["server/gateway/**", "server/realtime/**", "server/store/**"] },
    rules: noEnv,
  }),
  { files: ["server/config.ts"], rules: { "no-restricted-properties": "off" } },
];
