import { getTranslations } from "next-intl/server";
import { LetterBadges } from "@/components/letter/letter-badges";
import { ProfileSection } from "@/components/profile/profile-section";
import { Button } from "@/components/ui/button";
import { Localized, langOf } from "@/components/ui/localized";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";
import { publicRoutes } from "@/lib/routes";

/**
 * How to help: the public letters about this person (a petition that is open can be signed) and,
 * where the record allows it, the address to write to them.
 */
export async function HelpSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileHelp");
  const address = profile.currentDetention?.postalAddress ?? null;
  const addressNotes = profile.currentDetention?.addressNotes ?? null;

  return (
    <ProfileSection id="how-to-help" title={t("heading")}>
      {profile.letters.length === 0 && !address ? (
        <p className="profile-muted">{t("none")}</p>
      ) : null}

      {profile.letters.length > 0 ? (
        <>
          <h3 className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t("lettersHeading")}
          </h3>
          <ul className="mb-8 flex flex-col gap-4">
            {profile.letters.map((letter) => {
              const canSign = letter.kind === "PETITION" && letter.state === "OPEN";
              return (
                <li
                  key={letter.slug}
                  className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
                >
                  <h4
                    lang={langOf(letter.title)}
                    className="text-lg font-semibold text-slate-900 dark:text-slate-50"
                  >
                    {letter.title.text}
                  </h4>
                  <LetterBadges letter={letter} />
                  {letter.summary ? (
                    <p className="text-slate-800 dark:text-slate-200">
                      <Localized value={letter.summary} />
                    </p>
                  ) : null}
                  <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                    {letter.kind === "PETITION" ? (
                      <p className="font-semibold text-slate-900 dark:text-slate-100">
                        {t("signatures", { count: letter.signatureCount })}
                      </p>
                    ) : null}
                    <Button
                      href={publicRoutes.letter(letter.slug)}
                      variant={canSign ? "primary" : "secondary"}
                      className="print:hidden"
                    >
                      {canSign ? t("signLetter") : t("readLetter")}
                      <span className="sr-only" lang={langOf(letter.title)}>
                        : {letter.title.text}
                      </span>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      {address ? (
        <>
          <h3 className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t("writeHeading", { name: profile.name.text })}
          </h3>
          <p className="mb-3 max-w-prose text-slate-800 dark:text-slate-200">{t("writeLead")}</p>
          <p className="mb-1 font-semibold profile-muted">{t("address")}</p>
          {/* Written as on an envelope, in the local language and script. */}
          <address className="mb-3 rounded-md border border-slate-300 bg-slate-50 p-3 whitespace-pre-line not-italic dark:border-slate-600 dark:bg-slate-800">
            {address}
          </address>
          {addressNotes ? (
            <p
              lang={langOf(addressNotes)}
              className="max-w-prose text-slate-800 dark:text-slate-200"
            >
              {addressNotes.text}
            </p>
          ) : null}
          {/* The envelope, the rules and the printable sheets (issue 19). */}
          <Button href={publicRoutes.prisonerWrite(profile.slug)} className="mt-4 print:hidden">
            {t("writeLetterLink")}
          </Button>
        </>
      ) : null}
    </ProfileSection>
  );
}
