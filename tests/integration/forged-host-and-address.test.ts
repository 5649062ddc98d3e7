import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * What a forged request can no longer do: choose the site named in e-mail links, sitemap and
 * robots.txt (with Host, X-Forwarded-Host, Origin), or the address it is limited and recorded
 * under (with X-Forwarded-For). No VIGIL_PUBLIC_URL here: the public origin is the default
 * http://localhost:$PORT, as in development, which today's code would have taken from the Host.
 */

const FORGED_HOST = "evil.example";

/** The request headers page code sees (sitemap, robots.txt, staff actions): a forged Host. */
let forgedHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => forgedHeaders,
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

import robots from "@/app/robots";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { POST as postResend } from "@/app/api/letters/[slug]/resend/route";
import { POST as postSignature } from "@/app/api/letters/[slug]/signatures/route";
import { staffLinkOrigin } from "@/lib/auth/link-origin";
import { prisma } from "@/lib/db";
import {
  applyClientHeaders,
  CLIENT_ADDRESS_HEADER,
  compileTrustedProxies,
} from "@/lib/security/client-address";
import { hashIp } from "@/lib/security/ip";
import { publicOrigin } from "@/lib/security/public-origin";
import { createPetition, signForm, uniqueEmail, type TestPetition } from "../fixtures/signing";

const SITE = publicOrigin();
let petition: TestPetition;

beforeAll(async () => {
  petition = await createPetition("forged");
  forgedHeaders = new Headers({
    host: FORGED_HOST,
    "x-forwarded-host": FORGED_HOST,
    "x-forwarded-proto": "https",
  });
});

function formBody(form: FormData): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of form) body.set(name, String(value));
  return body;
}

/** A sign-form POST sent to the forged host, with the given Origin. */
function signAt(origin: string, email: string): Promise<Response> {
  return postSignature(
    new Request(`http://${FORGED_HOST}/api/letters/${petition.slug}/signatures`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        host: FORGED_HOST,
        "x-forwarded-host": FORGED_HOST,
        "x-forwarded-proto": "https",
        origin,
        [CLIENT_ADDRESS_HEADER]: "198.51.100.20",
      },
      body: formBody(signForm(petition, { email })),
    }),
    { params: Promise.resolve({ slug: petition.slug }) },
  );
}

async function mailLinks(to: string): Promise<string[]> {
  const messages = await prisma.outboxMessage.findMany({ where: { to } });
  return messages.flatMap((message) =>
    Object.values(message.payload as Record<string, unknown>).filter(
      (value): value is string => typeof value === "string" && /^https?:\/\//.test(value),
    ),
  );
}

describe("a forged Host", () => {
  it("is refused when the Origin names it, and no mail goes out", async () => {
    const email = uniqueEmail("forged-origin");
    const response = await signAt(`http://${FORGED_HOST}`, email);

    expect(response.status).toBe(403);
    expect(await prisma.outboxMessage.count({ where: { to: email } })).toBe(0);
  });

  it("never reaches the confirmation mail: its links use the configured origin", async () => {
    const email = uniqueEmail("forged-host");
    const response = await signAt(SITE, email);

    expect(response.status).toBe(303);
    const links = await mailLinks(email);
    expect(links.length).toBeGreaterThanOrEqual(2); // confirm and withdraw
    for (const link of links) {
      expect(link.startsWith(`${SITE}/en/letters/${petition.slug}/`)).toBe(true);
    }
  });

  it("never reaches a resent confirmation link", async () => {
    const email = uniqueEmail("forged-resend");
    await signAt(SITE, email);
    const form = new FormData();
    form.set("email", email);
    form.set("locale", "en");
    const response = await postResend(
      new Request(`http://${FORGED_HOST}/api/letters/${petition.slug}/resend`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          host: FORGED_HOST,
          "x-forwarded-host": FORGED_HOST,
          origin: SITE,
        },
        body: formBody(form),
      }),
      { params: Promise.resolve({ slug: petition.slug }) },
    );

    expect(response.status).toBe(303);
    const links = await mailLinks(email);
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(links.every((link) => link.startsWith(`${SITE}/`))).toBe(true);
  });

  it("never reaches the sitemap or robots.txt", async () => {
    // Every address in the index and in a file it lists: <loc> and the hreflang alternates.
    const addresses = (xml: string) =>
      [...xml.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!);
    const files = addresses(await (await sitemapIndex()).text());
    expect(files.length).toBeGreaterThan(0);
    const file = files[0]!.slice(files[0]!.lastIndexOf("/") + 1);
    const forged = new Request(`http://${FORGED_HOST}/sitemaps/${file}`, {
      headers: { host: FORGED_HOST, "x-forwarded-host": FORGED_HOST },
    });
    const pages = addresses(
      await (await sitemapFile(forged, { params: Promise.resolve({ file }) })).text(),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const address of [...files, ...pages]) expect(address.startsWith(`${SITE}/`)).toBe(true);
    expect((await robots()).sitemap).toBe(`${SITE}/sitemap.xml`);
  });

  it("never reaches the links of staff e-mails (invitations, password resets)", async () => {
    forgedHeaders = new Headers({ host: "localhost:6666", "x-forwarded-proto": "https" });
    expect(await staffLinkOrigin()).toBe(SITE);
  });
});

describe("a forged X-Forwarded-For from a peer that is not a trusted proxy", () => {
  let server: Server;
  let port: number;

  /**
   * The web server's request path up to the route handler: a real socket from 127.0.0.1, the
   * client headers decided as scripts/lib/web-server.ts does (no trusted proxies, the default),
   * then the sign route handler with the request as Next.js would hand it over.
   */
  beforeAll(async () => {
    const trust = compileTrustedProxies([]);
    server = createServer((incoming, outgoing) => {
      applyClientHeaders(incoming, trust);
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === "string") headers.set(name, value);
        }
        void postSignature(
          new Request(`${SITE}${incoming.url}`, {
            method: incoming.method,
            headers,
            body: Buffer.concat(chunks),
          }),
          { params: Promise.resolve({ slug: petition.slug }) },
        ).then((response) => {
          outgoing.statusCode = response.status;
          outgoing.end();
        });
      });
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function signOverSocket(email: string, forgedFor: string): Promise<number> {
    const body = formBody(signForm(petition, { email })).toString();
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: `/api/letters/${petition.slug}/signatures`,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: SITE,
            "x-forwarded-for": forgedFor,
            [CLIENT_ADDRESS_HEADER]: forgedFor,
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  }

  it("is recorded under the socket's address, not the one it names", async () => {
    const email = uniqueEmail("forged-for");
    expect(await signOverSocket(email, "203.0.113.99")).toBe(303);

    const signature = await prisma.signature.findFirstOrThrow({ where: { email } });
    expect(signature.ipHash).toBe(hashIp("127.0.0.1"));
    expect(signature.ipHash).not.toBe(hashIp("203.0.113.99"));
  });
});
