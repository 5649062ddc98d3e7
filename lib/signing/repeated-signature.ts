import "server-only";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { enqueueMail } from "@/lib/mail/outbox";
import { consumeRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { confirmUrl, letterUrl, withdrawUrl } from "@/lib/signing/links";
import { emailSubject, keyedHash, newLinkToken } from "@/lib/signing/secret-keys";
import { CONFIRM_TOKEN_DAYS, DAY_MS, WITHDRAW_TOKEN_DAYS } from "@/lib/signing/token-lifetimes";
import { CONSENT_TEXT_VERSION, type SignatureInput } from "@/lib/validation/signature";

/**
 * What happens when an address signs a letter it has signed before. Runs after the signer has
 * been answered (record-signature.ts), so that it adds nothing to the response time.
 */

/**
 * The address has signed this letter before. Withdrawn: the signature is renewed (PENDING again,
 * with the new details and a new confirmation e-mail). Otherwise nothing changes and the
 * address's owner is told by e-mail, at most once per RATE_LIMITS window, so that the form
 * cannot be used to flood a mailbox; the person at the form sees the usual answer.
 */
export async function answerRepeatedSignature(request: {
  letter: { id: string; slug: string; title: Record<Locale, string> };
  input: SignatureInput;
  emailKey: string;
  ipHash: string;
  origin: string;
}): Promise<void> {
  const { letter, input, emailKey, origin } = request;
  // Attempts that store nothing are limited like any other (a robot replaying known addresses);
  // the answer on screen stays the same, only the e-mail is not sent.
  try {
    await Promise.all([
      consumeRateLimit("signature-ip", request.ipHash),
      consumeRateLimit("signature-email", emailSubject(emailKey)),
    ]);
  } catch (error) {
    if (error instanceof RateLimitedError) return;
    throw error;
  }
  const existing = await prisma.signature.findUnique({
    where: { letterId_emailKey: { letterId: letter.id, emailKey } },
    select: { id: true, status: true, email: true, locale: true },
  });
  if (!existing) return; // Removed in between (cannot happen today: signatures are never deleted).

  if (existing.status === "WITHDRAWN") {
    await renewWithdrawnSignature(existing.id, request);
    return;
  }
  if (!existing.email) return; // Anonymised: nobody to tell.

  try {
    await consumeRateLimit(
      "signature-already-signed-mail",
      keyedHash("email-subject", `${letter.id}:${emailKey}`),
    );
  } catch (error) {
    if (error instanceof RateLimitedError) return;
    throw error;
  }
  const locale =
    existing.locale === "ru" || existing.locale === "en" ? existing.locale : input.locale;
  await prisma.$transaction(async (tx) => {
    let withdrawLink: string | undefined;
    if (existing.status === "PENDING" || existing.status === "CONFIRMED") {
      const withdraw = newLinkToken();
      await tx.signatureToken.create({
        data: {
          tokenHash: withdraw.tokenHash,
          signatureId: existing.id,
          purpose: "WITHDRAW",
          expiresAt: new Date(Date.now() + WITHDRAW_TOKEN_DAYS * DAY_MS),
        },
      });
      withdrawLink = withdrawUrl(origin, locale, letter.slug, withdraw.token);
    }
    await enqueueMail(tx, {
      kind: "signature.already_signed",
      // The address that signed first: the key may fold addresses that are not one mailbox
      // ("+" is not sub-addressing everywhere), and the owner of the signature is the one to tell.
      to: existing.email!,
      locale,
      payload: {
        letterTitle: letter.title[locale],
        letterUrl: letterUrl(origin, locale, letter.slug),
        withdrawUrl: withdrawLink,
      },
    });
  });
}

async function renewWithdrawnSignature(
  signatureId: string,
  request: {
    letter: { id: string; slug: string; title: Record<Locale, string> };
    input: SignatureInput;
    origin: string;
  },
): Promise<void> {
  const { letter, input, origin } = request;
  const confirm = newLinkToken();
  const withdraw = newLinkToken();
  const now = Date.now();
  const expiresAt = new Date(now + CONFIRM_TOKEN_DAYS * DAY_MS);
  await prisma.$transaction(async (tx) => {
    const renewed = await tx.signature.updateMany({
      where: { id: signatureId, status: "WITHDRAWN" },
      data: {
        status: "PENDING",
        withdrawnAt: null,
        confirmedAt: null,
        letterVersionId: input.letterVersionId,
        locale: input.locale,
        name: input.name,
        email: input.email,
        countryCode: input.country,
        city: input.city,
        organisation: input.organisation,
        title: input.title,
        visibility: input.visibility,
        consentGivenAt: new Date(now),
        consentTextVersion: CONSENT_TEXT_VERSION,
      },
    });
    if (renewed.count === 0) return;
    await tx.signatureToken.createMany({
      data: [
        { tokenHash: confirm.tokenHash, signatureId, purpose: "CONFIRM", expiresAt },
        {
          tokenHash: withdraw.tokenHash,
          signatureId,
          purpose: "WITHDRAW",
          expiresAt: new Date(now + WITHDRAW_TOKEN_DAYS * DAY_MS),
        },
      ],
    });
    await enqueueMail(tx, {
      kind: "signature.confirm",
      to: input.email,
      locale: input.locale,
      payload: {
        name: input.name,
        letterTitle: letter.title[input.locale],
        confirmUrl: confirmUrl(origin, input.locale, letter.slug, confirm.token),
        withdrawUrl: withdrawUrl(origin, input.locale, letter.slug, withdraw.token),
        expiresAt: expiresAt.toISOString(),
      },
    });
  });
}
