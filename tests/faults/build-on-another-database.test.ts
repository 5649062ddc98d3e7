import { describe, expect, it, inject } from "vitest";
import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import { E2E_PUBLIC_URL } from "./harness/e2e-build";
import { setUpFaultEnvironment } from "./harness/fault-environment";
import { countPublishedPrisoners, SURGE_PETITION_SLUG } from "./harness/fault-queries";
import { appendReportRow } from "./harness/fault-report";
import { EXTRA_PUBLISHED_PRISONERS } from "./harness/extra-prisoners";
import { visitFromAnotherDatabase } from "./harness/visit-from-another-database";

const WEB_PORT = 3453;

const environment = setUpFaultEnvironment(WEB_PORT, {
  prepare: () =>
    visitFromAnotherDatabase(WEB_PORT, [
      localized("en", publicRoutes.home()),
      localized("en", publicRoutes.letter(SURGE_PETITION_SLUG)),
    ]),
});

async function page(path: string): Promise<string> {
  const response = await fetch(`${environment().web.baseUrl}${path}`, {
    signal: AbortSignal.timeout(30_000),
  });
  expect(response.status, `GET ${path}`).toBe(200);
  return response.text();
}

/** The "Prisoners documented" figure of the home page's key figures (components/home). */
function documentedFigure(html: string): number | undefined {
  const match = /Prisoners documented<\/span>[\s\S]*?<dd[^>]*>([^<]+)<\/dd>/.exec(html);
  return match ? Number.parseInt(match[1]!.replace(/\D/g, ""), 10) : undefined;
}

/**
 * The end-to-end build was made on another database, and its cache filled from one (as the e2e
 * run does, repeated here so that it holds whatever ran before), both with the demo content
 * only; this database has EXTRA_PUBLISHED_PRISONERS more published profiles and its own row ids.
 */
describe("the end-to-end build served on a database other than the one it was built on", () => {
  it("shows this database's figures and data, not the build database's", async () => {
    const { database, petition, web } = environment();
    const documented = await countPublishedPrisoners(database.url);
    const homeFigure = documentedFigure(await page(localized("en", publicRoutes.home())));
    const letterHtml = await page(localized("en", publicRoutes.letter(petition.slug)));
    const offeredVersion = /name="letterVersionId" value="([^"]+)"/.exec(letterHtml)?.[1];

    // Signing with the version the page offered works only if that read came from this database.
    const signing = await fetch(`${web.baseUrl}${apiRoutes.letterSignatures(petition.slug)}`, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: E2E_PUBLIC_URL,
        "x-forwarded-for": "10.200.0.1",
      },
      body: new URLSearchParams({
        name: "Cache Check",
        email: `cachecheck-${Date.now()}@faults.example.org`,
        country: "DE",
        visibility: "COUNT_ONLY",
        consent: "yes",
        locale: "en",
        letterVersionId: offeredVersion ?? "",
        elapsed: "7000",
      }),
    });
    await signing.body?.cancel();
    const acknowledged =
      signing.status === 303 &&
      signing.headers.get("location") === localized("en", publicRoutes.letterSigned(petition.slug));

    await appendReportRow(inject("faultsReportFile"), {
      scenario: "4. build from another database",
      acknowledged: acknowledged ? 1 : 0,
      stored: null,
      lost: null,
      duplicated: null,
      mailsSentTwice: null,
      firstAcknowledgedAfterS: null,
      allMailDeliveredAfterS: null,
      note: [
        `home shows ${homeFigure ?? "no"} prisoners documented, database has ${documented}`,
        offeredVersion === petition.versionId
          ? "sign form offers this database's letter version"
          : `sign form offers version ${offeredVersion ?? "none"}, database's is ${petition.versionId}`,
      ].join("; "),
    });

    expect(documented, "the fault database's own profiles").toBeGreaterThan(
      EXTRA_PUBLISHED_PRISONERS,
    );
    expect(homeFigure, "the home page's 'Prisoners documented'").toBe(documented);
    expect(offeredVersion, "the letter version the sign form offers").toBe(petition.versionId);
    expect(acknowledged, "a signature with the version the page offered is acknowledged").toBe(
      true,
    );
  });
});
