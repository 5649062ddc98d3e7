import { getTranslations } from "next-intl/server";
import { ProfileSection } from "@/components/profile/profile-section";
import { richDateValues } from "@/components/ui/date-text";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { PrisonerProfileDto, SourceDto } from "@/lib/data/prisoner-profile";

async function BackLinks({ source }: { source: SourceDto }) {
  const t = await getTranslations("ProfileSources");
  const many = source.backRefs.length > 1;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1 print:hidden">
      {source.backRefs.map((ref, index) => (
        <a
          key={ref.refId}
          href={`#${ref.refId}`}
          aria-label={t("backToCitation", { index: index + 1, number: source.number })}
          className="back-link"
        >
          {many ? `↑${index + 1}` : "↑"}
        </a>
      ))}
    </span>
  );
}

/**
 * The numbered list of every source the profile cites, each with how far its account is
 * established (in words, not colour alone), its document when staff made it public, and
 * back-links to where it is cited. In print, the addresses are written out.
 */
export async function SourcesSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileSources");
  return (
    <ProfileSection id="sources" title={t("heading")}>
      {profile.sources.length === 0 ? (
        <p className="profile-muted">{t("none")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-prose text-sm profile-muted">{t("lead")}</p>
          <ol className="flex flex-col gap-3">
            {await Promise.all(
              profile.sources.map(async (source) => (
                <li key={source.number} id={source.anchorId} tabIndex={-1} className="source-item">
                  <span className="font-semibold tabular-nums profile-muted">
                    <VisuallyHidden>{t("source")} </VisuallyHidden>
                    {source.number}.
                  </span>
                  <div className="flex flex-col gap-0.5">
                    <span>
                      {source.url ? (
                        <a
                          href={source.url}
                          lang={source.lang ?? undefined}
                          hrefLang={source.lang ?? undefined}
                          rel="noopener noreferrer"
                          className="font-medium profile-link"
                        >
                          {source.title}
                        </a>
                      ) : (
                        <cite lang={source.lang ?? undefined} className="font-medium not-italic">
                          {source.title}
                        </cite>
                      )}
                      {source.url ? (
                        <span className="hidden break-all print:inline"> &lt;{source.url}&gt;</span>
                      ) : null}
                    </span>
                    <span className="text-sm profile-muted">
                      {source.publisher ? <span>{source.publisher}</span> : null}
                      {source.publisher && source.publishedOn ? ", " : null}
                      {source.publishedOn
                        ? t.rich("publishedOn", await richDateValues(source.publishedOn))
                        : null}
                      {source.publisher || source.publishedOn ? ". " : null}
                      <span className="font-semibold">
                        {t("confidence", { level: t(`level.${source.confidence}`) })}
                      </span>
                    </span>
                    <span className="flex flex-wrap items-center gap-x-3 text-sm">
                      {source.archiveUrl ? (
                        <span>
                          <a
                            href={source.archiveUrl}
                            hrefLang={source.lang ?? undefined}
                            rel="noopener noreferrer"
                            className="profile-link"
                          >
                            {t("archivedCopy")}
                          </a>
                          <span className="hidden break-all print:inline">
                            {" "}
                            &lt;{source.archiveUrl}&gt;
                          </span>
                        </span>
                      ) : null}
                      {source.documentUrl ? (
                        // A download (the route sends it as an attachment), named as such.
                        <a
                          href={source.documentUrl}
                          type="application/pdf"
                          className="profile-link"
                        >
                          {t("document")}
                        </a>
                      ) : null}
                      <BackLinks source={source} />
                    </span>
                  </div>
                </li>
              )),
            )}
          </ol>
        </>
      )}
    </ProfileSection>
  );
}
