// @ts-check
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { boundaryConfigs } from "./eslint/boundaries.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "openclaw-runtime/",
      ".next/",
      "data/",
      "dist/",
      "test-results/",
      "playwright-report/",
      ".tmp/",
      "bench/results/",
      "next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    // Type-aware rules that catch real bugs cheaply: promises nobody waits for or handles.
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's describe/it return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["describe", "it", "test", "suite"] },
          ],
        },
      ],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "hooks/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
    },
  },
  {
    // Pages are server components, rendered once per request: reading the clock there is the request's time.
    files: ["app/**/page.tsx"],
    rules: { "react-hooks/purity": "off" },
  },
  {
    // The server, its scripts and the test harnesses print to their terminal on purpose.
    files: ["server/main.ts", "scripts/**", "bench/**", "tests/support/**", "tests/e2e/**"],
    rules: { "no-console": "off" },
  },
  ...boundaryConfigs,
  prettier,
);
