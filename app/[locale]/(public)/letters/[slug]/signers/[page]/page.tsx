import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicSigners } from "@/components/letter/public-signers";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { getPublicSigners } from "@/lib/data/signature-counts";
import { Link } from "@/lib/i18n/navigation";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { requirePublicPetition } from "@/lib/signing/public-petition";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

// Rendered on first visit, then cached (the signers' read refreshes within seconds).
export function generateStaticParams() {
  return [];
}

function pageNumber(raw: string): number {
  if (!/^[1-9]\d{0,5}$/.test(raw)) notFound();
  return Number(raw);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug, page } = await params;
  const letter = await requirePublicPetition(slug, locale);
  const t = await getTranslations("SignaturePages");
  return {
    title: t("signersTitle", { title: letter.title.text }),
    alternates: localeAlternates(locale, publicRoutes.letterSigners(slug, pageNumber(page))),
  };
}

/** Every confirmed signer of a petition who chose to be named, 50 per page, newest first. */
export default async function PetitionSignersPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug, page: rawPage } = await params;
  const page = pageNumber(rawPage);
  const letter = await requirePublicPetition(slug, locale);
  const [t, tSigning, signers] = await Promise.all([
    getTranslations("SignaturePages"),
    getTranslations("Signing"),
    getPublicSigners(letter.id, page),
  ]);
  if (page > signers.pageCount) notFound();
  const linkClass =
    "font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200";

  return (
    <SignaturePageFrame title={tSigning("signersHeading")} letter={letter}>
      <PublicSigners signers={signers.signers} />
      {signers.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
          {page > 1 ? (
            <Link href={publicRoutes.letterSigners(slug, page - 1)} className={linkClass}>
              {t("previousPage")}
            </Link>
          ) : null}
          <span>{t("signersPage", { page, pages: signers.pageCount })}</span>
          {page < signers.pageCount ? (
            <Link href={publicRoutes.letterSigners(slug, page + 1)} className={linkClass}>
              {t("nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </SignaturePageFrame>
  );
}
