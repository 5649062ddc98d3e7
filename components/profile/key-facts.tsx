import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CitationRefs } from "@/components/profile/citation-refs";
import { FacilityPlace } from "@/components/profile/facility-place";
import { formatDuration } from "@/components/profile/duration-format";
import { SentenceText } from "@/components/profile/sentence-text";
import { computeTimeInDetention } from "@/components/profile/time-in-detention";
import { richDateInSentenceValues } from "@/components/profile/date-in-sentence";
import { DateText, richDateValues } from "@/components/ui/date-text";
import { Localized, langOf } from "@/components/ui/localized";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="fact-row">
      <dt className="font-semibold profile-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type ProfileTranslator = Awaited<ReturnType<typeof getTranslations<"ProfilePage">>>;

interface FactEntry {
  key: string;
  label: string;
  value: ReactNode;
}

/** "Time in detention" with the day it was counted to, or null when it cannot be counted. */
async function timeInDetentionText(
  profile: PrisonerProfileDto,
  today: Date,
  locale: string,
  t: ProfileTranslator,
): Promise<ReactNode> {
  const span = computeTimeInDetention(profile, today);
  if (!span) return null;
  const duration = formatDuration(
    locale,
    span,
    span.precision === "DAY" ? "day" : span.precision === "MONTH" ? "month" : "year",
  );
  const shown = span.exact ? duration : t("approximately", { duration });
  const period = (chunks: ReactNode) => <time dateTime={`P${span.totalDays}D`}>{chunks}</time>;
  const end = span.ongoing ? { iso: span.end, precision: "DAY" as const } : profile.statusSince;
  return end
    ? t.rich(span.ongoing ? "timeInDetentionOngoing" : "timeInDetentionEnded", {
        ...(await richDateValues(end)),
        duration: shown,
        period,
      })
    : t.rich("timeInDetentionOnly", { duration: shown, period });
}

/** Where the person is from, what they do and when they were arrested, each with its sources. */
function personalFacts(
  profile: PrisonerProfileDto,
  locale: string,
  t: ProfileTranslator,
  format: Awaited<ReturnType<typeof getFormatter>>,
): FactEntry[] {
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });
  const cite = (...fields: string[]) => (
    <CitationRefs refs={fields.flatMap((field) => profile.factCitations[field] ?? [])} />
  );
  const facts: FactEntry[] = [];
  if (profile.country) {
    facts.push({
      key: "country",
      label: t("country"),
      value: (
        <>
          <Localized value={profile.country.name} />
          {cite("country", "countryCode")}
        </>
      ),
    });
  }
  if (profile.region) {
    facts.push({
      key: "region",
      label: t("region"),
      value: (
        <>
          <Localized value={profile.region} />
          {cite("region")}
        </>
      ),
    });
  }
  if (profile.citizenships.length > 0) {
    facts.push({
      key: "citizenship",
      label: t("citizenship"),
      value: (
        <>
          {format.list(profile.citizenships.map((code) => regionNames.of(code) ?? code))}
          {cite("citizenships")}
        </>
      ),
    });
  }
  if (profile.occupation) {
    facts.push({
      key: "occupation",
      label: t("occupation"),
      value: (
        <>
          <Localized value={profile.occupation} />
          {cite("occupation")}
        </>
      ),
    });
  }
  if (profile.arrestedOn) {
    facts.push({
      key: "arrestedOn",
      label: t("arrestedOn"),
      value: (
        <>
          <DateText date={profile.arrestedOn} />
          {cite("arrestedOn")}
        </>
      ),
    });
  }
  return facts;
}

function sentenceFacts(
  sentence: PrisonerProfileDto["currentSentence"],
  t: ProfileTranslator,
): FactEntry[] {
  if (!sentence) return [];
  const facts: FactEntry[] = [
    { key: "sentence", label: t("sentence"), value: <SentenceText sentence={sentence} /> },
  ];
  if (sentence.expectedReleaseOn) {
    facts.push({
      key: "expectedRelease",
      label: t("expectedRelease"),
      value: <DateText date={sentence.expectedReleaseOn} />,
    });
  }
  return facts;
}

/** The facility and its region, since when, and the editors' note on the detention. */
async function PlaceOfDetention({
  detention,
}: {
  detention: NonNullable<PrisonerProfileDto["currentDetention"]>;
}) {
  const t = await getTranslations("ProfilePage");
  return (
    <>
      <span className="block">
        <FacilityPlace place={detention} />
        <CitationRefs refs={detention.citations} />
      </span>
      {detention.startedOn ? (
        <span className="block profile-muted">
          {t.rich("detainedThereSince", await richDateInSentenceValues(detention.startedOn))}
        </span>
      ) : null}
      {detention.note ? (
        <span lang={langOf(detention.note)} className="block">
          {detention.note.text}
        </span>
      ) : null}
    </>
  );
}

/**
 * The facts a reader looks for first. "Time in detention" is computed here, at render time, from
 * the arrest date (see time-in-detention.ts); the page is re-rendered at least hourly, and the
 * figure says which day it was counted to, so a cached copy is never silently wrong.
 */
export async function KeyFacts({ profile, today }: { profile: PrisonerProfileDto; today: Date }) {
  const [t, locale, format] = await Promise.all([
    getTranslations("ProfilePage"),
    getLocale(),
    getFormatter(),
  ]);
  const spanText = await timeInDetentionText(profile, today, locale, t);
  const facts = personalFacts(profile, locale, t, format);
  if (spanText) {
    facts.push({ key: "timeInDetention", label: t("timeInDetention"), value: spanText });
  }
  facts.push(...sentenceFacts(profile.currentSentence, t));
  if (profile.currentDetention) {
    facts.push({
      key: "placeOfDetention",
      label: t("placeOfDetention"),
      value: <PlaceOfDetention detention={profile.currentDetention} />,
    });
  }

  if (facts.length === 0) return null;
  return (
    <section aria-labelledby="key-facts-heading" className="mb-10">
      <h2 id="key-facts-heading" className="mb-2 text-2xl profile-heading">
        {t("keyFactsHeading")}
      </h2>
      <dl className="rounded-lg border border-slate-200 bg-slate-50 px-4 dark:border-slate-700 dark:bg-slate-800/60 print:border-black print:bg-white">
        {facts.map((fact) => (
          <Fact key={fact.key} label={fact.label}>
            {fact.value}
          </Fact>
        ))}
      </dl>
    </section>
  );
}
