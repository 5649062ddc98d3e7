import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { insertPetition } from "../fixtures/petitions";
import { connectToE2eDatabase } from "./database";
import { waitForMail } from "./mailbox";
import { e2ePort } from "./port";
import { createStaffUser } from "./staff";

/**
 * Requests with forged Host, Origin, X-Forwarded-Host and X-Forwarded-For against the real
 * server (Vigil's web server in front of the production build, no trusted proxies): links and
 * addresses come from the configured public origin and the socket, never from those headers.
 * The end-to-end server's public origin is its own address, http://localhost:<port>.
 */
const SITE = `http://localhost:${e2ePort}`;
const FORGED_HOST = "evil.example";
const run = randomBytes(4).toString("hex");
let database: PrismaClient;

test.beforeAll(() => {
  database = connectToE2eDatabase();
});
test.afterAll(async () => {
  await database.$disconnect();
});

/** A raw HTTP request to the server (fetch and Playwright would not send a foreign Host). */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "localhost", port: e2ePort, method, path, headers },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function createPetition() {
  return insertPetition(database, { slug: `e2e-petition-forged-${run}`, label: "forged" });
}

test("a sign submission with a forged Host gets a confirmation mail with this site's links only", async () => {
  const petition = await createPetition();
  const form = (email: string) =>
    new URLSearchParams({
      name: "Forged Host",
      email,
      country: "DE",
      visibility: "COUNT_ONLY",
      consent: "yes",
      locale: "en",
      letterVersionId: petition.versionId,
      elapsed: "8000",
    }).toString();
  const forged = {
    host: FORGED_HOST,
    "x-forwarded-host": FORGED_HOST,
    "x-forwarded-proto": "https",
    "content-type": "application/x-www-form-urlencoded",
  };
  const path = `/api/letters/${petition.slug}/signatures`;

  // An Origin naming the forged host is another site's.
  const crossSite = await send(
    "POST",
    path,
    { ...forged, origin: `http://${FORGED_HOST}` },
    form(`forged-a-${run}@example.org`),
  );
  expect(crossSite.status).toBe(403);

  const email = `forged-b-${run}@example.org`;
  const after = new Date();
  const accepted = await send("POST", path, { ...forged, origin: SITE }, form(email));
  expect(accepted.status).toBe(303);
  const mail = await waitForMail({ to: email, kind: "signature.confirm", after });
  expect(mail.links.length).toBeGreaterThan(0);
  for (const link of mail.links) expect(link.startsWith(`${SITE}/`)).toBe(true);
  expect(mail.text + mail.html).not.toContain(FORGED_HOST);
});

test("the sitemap and robots.txt fetched with a forged Host name this site", async () => {
  const headers = { host: FORGED_HOST, "x-forwarded-host": FORGED_HOST };
  const sitemap = await send("GET", "/sitemap.xml", headers);
  expect(sitemap.status).toBe(200);
  const locations = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(location.startsWith(`${SITE}/`)).toBe(true);
  expect(sitemap.body).not.toContain(FORGED_HOST);

  const robots = await send("GET", "/robots.txt", headers);
  expect(robots.body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(robots.body).not.toContain(FORGED_HOST);
});

test("a failed sign-in with a forged X-Forwarded-For is recorded under the socket's address", async ({
  page,
}) => {
  const editor = await createStaffUser("EDITOR");
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": "203.0.113.99",
    [CLIENT_ADDRESS_HEADER]: "203.0.113.98",
  });
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill(editor.email);
  await page.getByLabel("Password (required)", { exact: true }).fill("not-the-right-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();

  const recorded = () =>
    database.auditLog
      .findFirst({ where: { action: "auth.sign_in_failed", entityId: editor.id } })
      .then((row) => row?.ip);
  await expect.poll(recorded).toMatch(/^(127\.0\.0\.1|::1)$/);
});
