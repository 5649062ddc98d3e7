import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

const shared = {
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run server code outside React's server environment; the guard module's
      // server build is empty, as it is inside Next.js.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // next-intl's middleware imports "next/server" without an extension (as next-auth does,
          // below); inlined, Vite resolves it (tests/unit/proxy.test.ts runs the real proxy).
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One real PostgreSQL for the run (never the development data), created fresh.
          globalSetup: ["tests/integration/global-setup.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM loader cannot
          // resolve in the next package; inlined, Vite resolves it (the matrix calls sign-in).
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["tests/integration/setup-env.ts"],
          // Files share the database: run them one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        ...shared,
        test: {
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          environment: "node",
          // The end-to-end build (built here when missing) and the seeded cluster scenarios copy.
          globalSetup: ["tests/faults/global-setup.ts"],
          // Each scenario runs real servers and breaks them on purpose: one at a time.
          fileParallelism: false,
          // A scenario waits, with its own deadlines, at most about 3 minutes (a killed server's
          // outbox lease is 2 of them); the whole suite takes about 5.
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          environment: "node",
          // The cluster build (made when missing), PostgreSQL, Redis, two instances and nginx.
          globalSetup: ["tests/cluster/global-setup.ts"],
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["tests/cluster/setup-env.ts"],
          // The scenarios share the cluster, and the last one kills an instance: one at a time,
          // in the order written.
          fileParallelism: false,
          sequence: { shuffle: false },
          testTimeout: 60_000,
          // Starting the cluster (without a build) takes about a minute on a busy 2-core machine.
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
