import proxyaddr from "proxy-addr";
import { z } from "zod";

/**
 * The one place that reads `process.env`. Everything else imports `env`.
 *
 * DATABASE_URL is optional here: without it the launcher (scripts/start.ts) starts the embedded
 * PostgreSQL and hands its URL to the app, so inside the running app it is always set.
 */
const fields = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Port of the web server. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Port of the embedded PostgreSQL (only used without DATABASE_URL). */
  VIGIL_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Folder of the embedded PostgreSQL cluster (only used without DATABASE_URL). */
  VIGIL_DATA_DIR: z.string().min(1).default(".data/postgres"),
  /**
   * The site's public origin (https://vigil.example.org): the only origin of every e-mail link and
   * absolute URL (lib/security/public-origin.ts), and what the origin checks compare with. Never
   * taken from a request's Host, which the client chooses. Required in production (refined below).
   */
  VIGIL_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
    .refine(
      (value) =>
        !URL.canParse(value) || /^\/?$/.test(new URL(value).pathname + new URL(value).search),
      { error: "must be an origin only (https://vigil.example.org), without a path" },
    )
    .transform((value) => new URL(value).origin)
    .optional(),
  /**
   * Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: comma-separated
   * addresses or CIDR ranges (proxy-addr's names loopback, linklocal, uniquelocal also work).
   * Empty, the default, trusts no proxy: the client address is the socket's peer address.
   */
  VIGIL_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value, context) => {
      const entries = value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      for (const entry of entries) {
        try {
          proxyaddr.compile(entry);
        } catch {
          context.addIssue({
            code: "custom",
            message: `"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, ::1)`,
          });
        }
      }
      return entries;
    }),
  /**
   * Secret for keyed hashes (IP addresses of anonymous submitters) and signed tokens. Required
   * in production; development and tests fall back to a random per-process value.
   */
  VIGIL_SECRET: z.string().min(32, "VIGIL_SECRET must be at least 32 characters").optional(),
  /**
   * Days after a letter is closed or delivered before its signatures' personal data is dropped
   * (`npm run signatures:anonymise`; counts are kept).
   */
  VIGIL_SIGNATURE_RETENTION_DAYS: z.coerce.number().int().min(0).default(365),
  /**
   * Seconds a letter's delivery or published answer waits before its signers are e-mailed
   * (lib/letter-answers): a mistake undone within them reaches nobody.
   */
  VIGIL_LETTER_OUTCOME_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /**
   * Seconds a published change waits, unchanged, before its followers are alerted
   * (lib/follows/alerts): a change undone within them reaches nobody.
   */
  VIGIL_FOLLOW_ALERT_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  /**
   * Whether this process runs the job queue's worker (lib/jobs): scheduled jobs such as the
   * retention anonymisation. "off" for a process that should only serve requests.
   */
  VIGIL_JOBS: z.enum(["on", "off"]).default("on"),
  /**
   * Where uploaded media live (lib/storage/README.md): "local", the `storage/` folder of this
   * server, or "postgres", the database that every instance shares.
   */
  VIGIL_MEDIA_STORAGE: z.enum(["local", "postgres"]).default("local"),
  /** Log SQL queries of the Prisma client. */
  /**
   * Send large page bodies as UTF-8 bytes instead of strings (scripts/lib/string-bodies.ts): a
   * third more requests per second for long Cyrillic profiles. "0" turns it off.
   */
  VIGIL_LARGE_BODIES_AS_BYTES: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((value) => value === "1" || value === "true"),
  VIGIL_LOG_QUERIES: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  /**
   * SMTP server for outgoing mail, with credentials: smtps://user:password@mail.example.org:465
   * or smtp://… (STARTTLS when the server offers it). `npm run dev`, `npm run demo` and the
   * end-to-end server start a local SMTP server and set this when it is unset. Without it, mail
   * is written to VIGIL_MAIL_DIR as .eml files and its links are logged.
   */
  VIGIL_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /**
   * A second SMTP server (smtps://user:password@other.example.org:465), used only for the alert to
   * administrators when mail has been failing for 15 minutes (lib/mail/failure-alert.ts): the
   * alert also goes through the outbox, which is stuck when VIGIL_SMTP_URL is the problem.
   */
  VIGIL_ALERT_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** Sender of outgoing mail. */
  VIGIL_MAIL_FROM: z.string().min(3).default("Vigil <no-reply@vigil.local>"),
  /** Folder for mail when no SMTP server is configured, and of the local SMTP server's mail. */
  VIGIL_MAIL_DIR: z.string().min(1).default(".data/mail"),
  /**
   * Where vulnerability reports go, as /.well-known/security.txt's Contact (RFC 9116): a
   * mailto: or https: URL of the organisation's security contact.
   */
  VIGIL_SECURITY_CONTACT: z
    .url({ protocol: /^(mailto|https)$/ })
    .default("mailto:security@vigil.local"),
  /**
   * The licence of the open data (the API's answers and the daily datasets, lib/datasets), as
   * the data page and each dataset's dictionary state it: its name and the address of its text.
   * Creative Commons Attribution 4.0 unless the organisation chooses another.
   */
  VIGIL_DATA_LICENCE_NAME: z
    .string()
    .min(2)
    .max(200)
    .default("Creative Commons Attribution 4.0 International (CC BY 4.0)"),
  VIGIL_DATA_LICENCE_URL: z
    .url({ protocol: /^https?$/ })
    .default("https://creativecommons.org/licenses/by/4.0/"),
  /** Who publishes the open data, as a citation names it ("Vigil", or the organisation's name). */
  VIGIL_DATA_PUBLISHER: z.string().min(1).max(200).default("Vigil"),
  /**
   * Redis shared by every instance (redis://[:password@]host:6379[/db], or rediss:// for TLS):
   * when set, Next.js's page and data cache live there and a revalidation on one instance
   * reaches all of them (lib/cache/README.md). Unset: each server keeps its own local cache.
   */
  VIGIL_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /**
   * Megabytes a server without VIGIL_REDIS_URL may keep on disk of the pages and data it cached
   * while serving; over it, the least recently written go (lib/cache/cache-folder-budget.ts).
   */
  VIGIL_CACHE_DISK_MB: z.coerce.number().int().min(16).max(1_000_000).default(512),
  /**
   * Seconds a stopping server (SIGTERM) keeps accepting requests while /api/ready answers 503,
   * before it closes its port and finishes the requests in flight (scripts/serve.ts): for a load
   * balancer that polls /api/ready. nginx needs none (it retries a refused connection elsewhere).
   */
  VIGIL_DRAIN_SECONDS: z.coerce.number().min(0).max(60).default(1),
  /** Set by Next.js: "phase-production-build" while `next build` runs (no mail worker then). */
  NEXT_PHASE: z.string().optional(),
  /**
   * Build folder of Next.js (next.config.js reads it too); unset, `.next`, or `.next-e2e` for the
   * end-to-end server and `.next-bench` for the benches. Its cached pages and data belong to one
   * database (lib/cache/README.md).
   */
  VIGIL_DIST_DIR: z.string().min(1).optional(),
});

const schema = fields.superRefine((value, context) => {
  // `next build` runs with NODE_ENV=production too and bakes the origin into prerendered pages.
  if (value.NODE_ENV === "production" && !value.VIGIL_PUBLIC_URL) {
    context.addIssue({
      code: "custom",
      path: ["VIGIL_PUBLIC_URL"],
      message:
        "required in production (and for `next build`): set it to the site's public origin, e.g. https://vigil.example.org. E-mail links and absolute URLs are never made from a request's Host header.",
    });
  }
});

export type Env = z.infer<typeof schema>;

/** Parses an environment; exported for tests, the app uses `env`. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(process.env);

/** The database URL inside the running app; a clear error where the launcher was bypassed. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start Vigil with `npm run demo` or `npm run dev` (they start the embedded PostgreSQL), or set DATABASE_URL to your own server.",
    );
  }
  return env.DATABASE_URL;
}
