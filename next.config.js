import { fileURLToPath } from "node:url";
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Headers that do not vary per request. The Content-Security-Policy needs a fresh nonce per
 * request, and Strict-Transport-Security depends on the request's protocol, so both are set in
 * proxy.ts instead.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // A separate build folder lets two servers of one checkout run side by side (development tools
  // and the end-to-end server); the default is Next.js's own.
  distDir: process.env.VIGIL_DIST_DIR || ".next",
  poweredByHeader: false,
  typescript: {
    // Before every build and dev start Next.js "reconfigures" the tsconfig it is given: it adds
    // its type folders for the build folder in use (`<distDir>/types/**/*.ts`) to `include` and
    // rewrites the whole file in its own format, so a build into any VIGIL_DIST_DIR not listed
    // changed the tracked tsconfig.json (and failed `npm test`'s Prettier check). It leaves alone
    // a tsconfig that `extends` another (node_modules/next/dist/lib/typescript/
    // writeConfigurationDefaults.js), so it is given tsconfig.next.json, which extends
    // tsconfig.json and says nothing else: builds, type checks and Turbopack's path aliases see
    // the same settings, and no build folder name can change a tracked file. (Listing folders
    // covered only the names listed; an untracked generated tsconfig would need a step before
    // every `next` command.) tests/unit/build-leaves-tree-clean.test.ts checks it.
    tsconfigPath: "tsconfig.next.json",
  },
  // Next.js hashes the whole body of every page it sends to make an ETag, even to answer 304: on
  // a cached 70 KB profile that was a seventh of the server's CPU per request (bench/pages.ts).
  // Without it a repeat visit gets the page again instead of a 304, which costs transfer, not CPU:
  // under a surge CPU is what runs out. Files in public/ and /_next/static keep their validators.
  generateEtags: false,
  reactStrictMode: true,
  experimental: {
    // forbidden() from next/navigation: a dashboard page the policy refuses answers HTTP 403 with
    // app/[locale]/(dashboard)/dashboard/forbidden.tsx, not a 200 notice or a 500.
    authInterrupts: true,
    serverActions: {
      // STAFF_FORM_BODY_LIMIT_BYTES (lib/security/bounded-body.ts; tests/unit/body-limits.test.ts
      // keeps them equal). proxy.ts refuses a longer post first, with a readable 413: past this
      // limit Next.js answers with a 500 error page.
      bodySizeLimit: "1mb",
    },
    // Next.js copies a page post's body for proxy.ts (which never reads it) up to this size; the
    // default, 10 MB, let an oversized post be buffered before proxy.ts refused it.
    proxyClientMaxBodySize: "1mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Every page refuses to be framed, except the embeds partner sites put in an iframe
      // (/{locale}/embed/…, lib/embeds/embed-policy.ts; proxy.ts gives them frame-ancestors *).
      { source: "/((?![^/]+/embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

/**
 * With VIGIL_REDIS_URL, the production server keeps its page and data cache in Redis, shared by
 * every instance (lib/cache/README.md); no per-process copy in memory, or an instance would serve
 * what another has revalidated. Only the server: `next build` keeps its own cache in the build
 * folder, and the handler is TypeScript, which the server (scripts/serve.ts runs under tsx) loads.
 */
const redisCache = {
  cacheHandler: fileURLToPath(new URL("./lib/cache/redis-cache-handler.ts", import.meta.url)),
  cacheMaxMemorySize: 0,
};

/** @param {string} phase */
export default function nextConfigFor(phase) {
  const useRedis = phase === PHASE_PRODUCTION_SERVER && Boolean(process.env.VIGIL_REDIS_URL);
  return withNextIntl(useRedis ? { ...nextConfig, ...redisCache } : nextConfig);
}
