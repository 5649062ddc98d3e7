import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { EmbedCode } from "@/components/embeds/embed-code";
import { FollowSection } from "@/components/follow/follow-section";
import { Container } from "@/components/layout/container";
import { LetterPageBody } from "@/components/letter/letter-page-body";
import { getPublicLetterBySlug } from "@/lib/data/letters";
import { getLetterSignatureFigures, getPublicSigners } from "@/lib/data/signature-counts";
import { getShownFollowerCount } from "@/lib/follows/follower-counts";
import type { Locale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { getLetterSignatureStatistics } from "@/lib/letter-answers/signature-statistics";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first visit, then served from the cache like the other public pages.
export function generateStaticParams() {
  return [];
}

const getLetter = cache((slug: string, locale: Locale) => getPublicLetterBySlug(slug, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const letter = await getLetter(slug, locale);
  if (!letter) return {};
  return {
    title: letter.title.text,
    description: letter.summary?.text,
    alternates: localeAlternates(locale, publicRoutes.letter(slug)),
  };
}

export default async function LetterPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const letter = await getLetter(slug, locale);
  if (!letter) notFound();
  // The card partner sites may frame (lib/embeds), after the letter; before it, following.
  const followTarget = { kind: "letter", key: letter.slug } as const;
  const [tEmbeds, followers] = await Promise.all([
    getTranslations("Embeds"),
    getShownFollowerCount(followTarget),
  ]);
  const embed = (
    <Container width="prose" className="flex flex-col gap-10">
      <FollowSection target={followTarget} name={letter.title.text} count={followers} />
      <EmbedCode
        id="letter-embed"
        locale={locale}
        path={publicRoutes.embedLetter(letter.slug)}
        title={tEmbeds("letterTitle", { title: letter.title.text })}
      />
    </Container>
  );
  if (letter.kind !== "PETITION") {
    return (
      <>
        <LetterPageBody letter={letter} />
        {embed}
      </>
    );
  }
  // A petition's figures are read on their own, fresh within seconds (the letter's read is
  // cached for longer): the count shown is the one from the shards, not the letter's cached one.
  const [figures, signers, statistics] = await Promise.all([
    getLetterSignatureFigures(letter.id),
    getPublicSigners(letter.id, 1),
    getLetterSignatureStatistics(
      letter.id,
      locale,
      letter.state === "OPEN" || !letter.deadline ? null : new Date(letter.deadline),
    ),
  ]);
  return (
    <>
      <LetterPageBody
        letter={{ ...letter, signatureCount: figures.confirmed }}
        signing={{ figures, signers, statistics }}
      />
      {embed}
    </>
  );
}
