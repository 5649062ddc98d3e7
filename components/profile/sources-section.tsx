import { getTranslations } from "next-intl/server";
import { ProfileSection } from "@/components/profile/profile-section";
import {
  OLDEST_ID_SUFFIX,
  newestOnlyClass,
  oldestOnlyInlineClass,
} from "@/components/profile/timeline-order";
import { richDateValues } from "@/components/ui/date-text";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { PrisonerProfileDto, SourceDto } from "@/lib/data/prisoner-profile";

const backLinkClass =
  "inline-flex min-h-6 min-w-6 items-center justify-center rounded-sm px-1 font-medium text-accent-700 underline underline-offset-2 hover:decoration-2 dark:text-accent-200";

async function BackLinks({ source }: { source: SourceDto }) {
  const t = await getTranslations("ProfileSources");
  const many = source.backRefs.length > 1;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1 print:hidden">
      {source.backRefs.map((ref, index) => {
        const label = (
          <>
            <span aria-hidden="true">{many ? `↑${index + 1}` : "↑"}</span>
            <VisuallyHidden>
              {t("backToCitation", { index: index + 1, number: source.number })}
            </VisuallyHidden>
          </>
        );
        if (!ref.inTimeline) {
          return (
            <a key={ref.refId} href={`#${ref.refId}`} className={backLinkClass}>
              {label}
            </a>
          );
        }
        // A timeline reference exists once per order; link to the copy that is displayed.
        return (
          <span key={ref.refId} className="contents">
            <span className={newestOnlyClass}>
              <a href={`#${ref.refId}`} className={backLinkClass}>
                {label}
              </a>
            </span>
            <span className={oldestOnlyInlineClass}>
              <a href={`#${ref.refId}${OLDEST_ID_SUFFIX}`} className={backLinkClass}>
                {label}
              </a>
            </span>
          </span>
        );
      })}
    </span>
  );
}

/**
 * The numbered list of every source the profile cites, each with how far its account is
 * established (in words, not colour alone) and back-links to where it is cited. In print, the
 * addresses are written out.
 */
export async function SourcesSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileSources");
  return (
    <ProfileSection id="sources" title={t("heading")}>
      {profile.sources.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t("none")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300 print:text-black">
            {t("lead")}
          </p>
          <ol className="flex flex-col gap-3">
            {await Promise.all(
              profile.sources.map(async (source) => (
                <li
                  key={source.number}
                  id={source.anchorId}
                  tabIndex={-1}
                  className="grid scroll-mt-4 grid-cols-[2.5rem_1fr] gap-2 rounded-md p-1 target:bg-amber-50 target:ring-2 target:ring-amber-500 dark:target:bg-slate-800"
                >
                  <span className="font-semibold text-slate-700 tabular-nums dark:text-slate-300 print:text-black">
                    <VisuallyHidden>{t("source")} </VisuallyHidden>
                    {source.number}.
                  </span>
                  <div className="flex flex-col gap-0.5 text-slate-900 dark:text-slate-100 print:text-black">
                    <span>
                      {source.url ? (
                        <a
                          href={source.url}
                          lang={source.lang ?? undefined}
                          rel="noopener noreferrer"
                          className="font-medium text-accent-700 underline underline-offset-4 hover:decoration-2 dark:text-accent-200 print:text-black"
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
                    <span className="text-sm text-slate-700 dark:text-slate-300 print:text-black">
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
                            rel="noopener noreferrer"
                            className="text-accent-700 underline underline-offset-4 hover:decoration-2 dark:text-accent-200 print:text-black"
                          >
                            {t("archivedCopy")}
                          </a>
                          <span className="hidden break-all print:inline">
                            {" "}
                            &lt;{source.archiveUrl}&gt;
                          </span>
                        </span>
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
