import "server-only";
import { getTranslations } from "next-intl/server";
import { computeTimeInDetention } from "@/components/profile/time-in-detention";
import { getPublicLetterBySlug } from "@/lib/data/letters";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { getLetterSignatureFigures } from "@/lib/data/signature-counts";
import { renderLetterCard, renderPrisonerCard, type EmbedText } from "@/lib/embeds/embed-html";
import type { ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";

/**
 * The embeds' responses. Their data comes from the same cached, tagged public reads as the
 * profile and letter pages (`prisoner:<id>`, `letter:<id>` …), so an edit shows in the card
 * within seconds and a card costs no query while its entries are fresh. The answer is the same
 * for every visitor: no cookie is read or set, and shared caches (nginx's micro-cache, the
 * browser) may keep it for a short while.
 */

const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "public, max-age=60, stale-while-revalidate=600",
  // A card is a copy of a page, not a page of its own: search engines index the page.
  "X-Robots-Tag": "noindex",
} as const;

function embedText(value: ResolvedText): EmbedText {
  return value.isFallback ? { text: value.text, lang: value.lang } : { text: value.text };
}

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function prisonerEmbedResponse(slug: string, locale: Locale): Promise<Response> {
  const profile = await getPublishedPrisonerProfile(slug, locale);
  if (!profile) return notFound();
  const [t, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: "Embeds" }),
    getTranslations({ locale, namespace: "PrisonerStatus" }),
  ]);
  const span = computeTimeInDetention(profile, new Date());
  const html = renderPrisonerCard({
    lang: locale,
    documentTitle: t("prisonerTitle", { name: profile.name.text }),
    name: embedText(profile.name),
    profileUrl: publicUrl(localized(locale, publicRoutes.prisoner(profile.slug))),
    photo: profile.photo
      ? { src: publicUrl(profile.photo.src), alt: profile.photo.alt?.text ?? "" }
      : null,
    status: profile.status ? tStatus(profile.status) : null,
    // Days only when they can be counted exactly: a start known to the month is no day count.
    detention:
      span && span.ongoing && span.exact ? t("daysInDetention", { count: span.totalDays }) : null,
    readMore: t("readMore"),
    newWindow: t("newWindow"),
    source: t("source"),
  });
  return new Response(html, { headers: HEADERS });
}

export async function letterEmbedResponse(slug: string, locale: Locale): Promise<Response> {
  const letter = await getPublicLetterBySlug(slug, locale);
  if (!letter) return notFound();
  const t = await getTranslations({ locale, namespace: "Embeds" });
  const isPetition = letter.kind === "PETITION";
  const count = isPetition
    ? (await getLetterSignatureFigures(letter.id)).confirmed
    : letter.signatureCount;
  const letterPath = localized(locale, publicRoutes.letter(letter.slug));
  const open = isPetition && letter.state === "OPEN";
  const html = renderLetterCard({
    lang: locale,
    documentTitle: t("letterTitle", { title: letter.title.text }),
    title: embedText(letter.title),
    letterUrl: publicUrl(letterPath),
    signUrl: publicUrl(`${letterPath}#sign`),
    signatures: isPetition ? t("signatures", { count }) : null,
    sign: open ? t("sign") : null,
    closed: isPetition && !open ? t("letterClosed") : null,
    newWindow: t("newWindow"),
    source: t("source"),
  });
  return new Response(html, { headers: HEADERS });
}
