import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-token";
import { createPrismaClient } from "@/lib/postgres/client";
import { authRoutes, localized } from "@/lib/routes";

/**
 * A staff session for a bench, opened the way a person without JavaScript opens one: the bench
 * account gets a fresh random password in the database, then the sign-in page is fetched and its
 * form posted back with every field it carries (React's hidden action fields included). What
 * comes back is the real Auth.js session cookie the server set, for autocannon's headers.
 */

const PASSWORD_BYTES = 18;

/** Creates or refreshes the bench's staff account and returns its e-mail and new password. */
async function benchAccount(databaseUrl: string, role: Role) {
  const email = `bench-${role.toLowerCase()}@example.test`;
  const password = randomBytes(PASSWORD_BYTES).toString("base64url");
  const passwordHash = await hashPassword(password);
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    await prisma.user.upsert({
      where: { email },
      create: { email, name: `Bench ${role.toLowerCase()}`, role, passwordHash },
      update: { role, passwordHash, disabledAt: null },
    });
  } finally {
    await prisma.$disconnect();
  }
  return { email, password };
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};

function unescapeHtml(value: string): string {
  return value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity]!);
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeHtml(match[1]!) : null;
}

/** The sign-in form's address and fields as the page renders them. */
function parseSignInForm(html: string): { action: string; fields: [string, string][] } {
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("The sign-in page has no form.");
  const action = attribute(/<form\b[^>]*>/.exec(form)![0], "action");
  if (!action) throw new Error("The sign-in form has no address to post to without JavaScript.");
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (name && attribute(tag, "type") === "hidden")
      fields.push([name, attribute(tag, "value") ?? ""]);
  }
  return { action, fields };
}

/** Signs a staff member of `role` in through the sign-in form; returns the Cookie header value. */
export async function signInOverHttp(
  baseUrl: string,
  databaseUrl: string,
  role: Role = "EDITOR",
): Promise<string> {
  const { email, password } = await benchAccount(databaseUrl, role);
  const page = await fetch(`${baseUrl}${localized("en", authRoutes.signIn())}`);
  if (!page.ok) throw new Error(`The sign-in page answered ${page.status}.`);
  const { action, fields } = parseSignInForm(await page.text());
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  body.append("email", email);
  body.append("password", password);
  const answer = await fetch(new URL(action, baseUrl), {
    method: "POST",
    body,
    headers: { origin: baseUrl },
    redirect: "manual",
  });
  const session = answer.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => SESSION_COOKIE_NAMES.some((name) => cookie.startsWith(`${name}=`)));
  if (!session) {
    throw new Error(`Signing in set no session cookie (HTTP ${answer.status}).`);
  }
  return session;
}
