import type { ReactElement } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import LetterDeliveryPage from "@/app/[locale]/(dashboard)/dashboard/letters/[id]/delivery/page";
import LetterSignaturesPage from "@/app/[locale]/(dashboard)/dashboard/letters/[id]/signatures/page";
import { LetterEditorFrame } from "@/components/dashboard/letter/letter-editor-frame";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { createPetition, type TestPetition } from "../fixtures/signing";

// next-intl's navigation helpers import "next/navigation" in a way Node's ESM loader cannot
// resolve outside Next.js; the pages are not rendered here, so links need not work.
vi.mock("@/lib/i18n/navigation", () => ({ Link: () => null }));
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../fixtures/auth-request")).nextIntlServerModule,
  // The pages register their locale with next-intl; nothing to register outside Next.js.
  setRequestLocale: () => undefined,
}));

/**
 * The letter tabs for editors only (signatures, delivery) opened by a contributor, e.g. from an
 * old link: the page calls forbidden() (HTTP 403 with the dashboard's forbidden.tsx) instead of
 * letting its data reads throw ForbiddenError into the error page (a 500). The page components
 * are called as Next.js calls them, with a real session and database.
 */

let contributor: StaffUser;
let editor: StaffUser;
let letter: TestPetition;

beforeAll(async () => {
  // What next.config.js's experimental.authInterrupts sets inside Next.js: forbidden() is on.
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  [contributor, editor] = await Promise.all([
    createStaffUser("CONTRIBUTOR"),
    createStaffUser("EDITOR"),
  ]);
  letter = await createPetition("tabs");
});

afterEach(() => signOutRequest());

/** What next/navigation's forbidden() throws; Next.js answers it with 403 and forbidden.tsx. */
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

function props() {
  return {
    params: Promise.resolve({ locale: "en", id: letter.id }),
    searchParams: Promise.resolve({}),
  };
}

describe("a contributor on a letter's editors-only tabs", () => {
  it("gets a 403 on the Signatures tab, not an error", async () => {
    await signInRequestAs(contributor);
    await expect(LetterSignaturesPage(props())).rejects.toMatchObject({ digest: FORBIDDEN });
  });

  it("gets a 403 on the Delivery tab, not an error", async () => {
    await signInRequestAs(contributor);
    await expect(LetterDeliveryPage(props())).rejects.toMatchObject({ digest: FORBIDDEN });
  });

  it("an editor gets the Signatures tab itself", async () => {
    await signInRequestAs(editor);
    const page = (await LetterSignaturesPage(props())) as ReactElement<{ tab: string }>;
    expect(page.type).toBe(LetterEditorFrame);
    expect(page.props.tab).toBe("signatures");
  });
});
