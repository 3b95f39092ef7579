import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // integration tests run real builds
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
