"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { setSignatoryVerification } from "@/lib/data/signatory-verification";
import { signatoryVerificationSchema } from "@/lib/validation/notable-signatory";

/**
 * The signatory page's "Verify" / "Withdraw verification" form (editors and administrators): a
 * verified signatory is public on the letter page and in the delivery PDF.
 */
export const verifySignatory = staffAction(
  {
    permission: { action: "verify", type: "notableSignatory" },
    schema: signatoryVerificationSchema,
    messages: "Signatories.errors",
  },
  async ({ actor, input, context }) => {
    const { version } = await setSignatoryVerification(actor, { ...input, context });
    // The signatory page shows the new verification and version.
    refreshLetterPages();
    return { version };
  },
);
