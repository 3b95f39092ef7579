// The linter: ESLint's recommended rules and typescript-eslint's for the TypeScript the
// project is written in (without type information: it runs on every npm test, and tsc
// checks the types). Formatting is Prettier's (package.json), not ESLint's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "_site/",
      "test-results/",
      "scripts/bench/eleventy-bare/",
      "scripts/bench/hugo/",
      "scripts/bench/floor.mjs",
      "src/search/pagefind-worker.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        fetch: "readonly",
        performance: "readonly",
        globalThis: "readonly",
      },
    },
    rules: {
      // control characters are what the checks, the escaping and their tests are about
      "no-control-regex": "off",
      // an unused value is a leftover; a name starting with _ is unused on purpose
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
