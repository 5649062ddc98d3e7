import { getTranslations } from "next-intl/server";
import { CitationRefs } from "@/components/profile/citation-refs";
import { ProfileSection } from "@/components/profile/profile-section";
import {
  NEWEST_RADIO_ID,
  OLDEST_ID_SUFFIX,
  OLDEST_RADIO_ID,
  newestOnlyClass,
  oldestOnlyClass,
} from "@/components/profile/timeline-order";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { ProfileEventDto, PrisonerProfileDto } from "@/lib/data/prisoner-profile";

const confidenceTones: Record<ProfileEventDto["confidence"], BadgeTone> = {
  CONFIRMED: "success",
  REPORTED: "info",
  UNVERIFIED: "warning",
};

async function EventList({ events, idSuffix }: { events: ProfileEventDto[]; idSuffix: string }) {
  const [t, tSources] = await Promise.all([
    getTranslations("ProfileTimeline"),
    getTranslations("ProfileSources"),
  ]);
  return (
    <ol className="relative flex flex-col gap-6 border-s-2 border-slate-300 ps-6 dark:border-slate-600">
      {events.map((event) => (
        <li key={event.id} id={`event-${event.id}${idSuffix}`} className="relative scroll-mt-4">
          <span
            aria-hidden="true"
            className="absolute -start-[1.95rem] top-1.5 size-3.5 rounded-full border-2 border-white bg-accent-700 dark:border-slate-900 dark:bg-accent-300 print:border-black"
          />
          <p className="text-sm font-medium text-slate-700 dark:text-slate-300 print:text-black">
            <DateText date={event.date} />
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            {t(`eventType.${event.type}`)}
          </p>
          <h3
            lang={langOf(event.title)}
            className="text-lg font-semibold text-slate-900 dark:text-slate-50 print:text-black"
          >
            {event.title?.text ?? t(`eventType.${event.type}`)}
          </h3>
          {event.text || event.citations.length > 0 ? (
            <p className="mt-1 max-w-prose text-slate-800 dark:text-slate-200 print:text-black">
              {event.text ? <span lang={langOf(event.text)}>{event.text.text}</span> : null}
              <CitationRefs refs={event.citations} idSuffix={idSuffix} />
            </p>
          ) : null}
          <p className="mt-2">
            <Badge tone={confidenceTones[event.confidence]}>
              {t("confidence", { level: tSources(`level.${event.confidence}`) })}
            </Badge>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The timeline, newest or oldest first; see timeline-order.ts for how the switch works. */
export async function TimelineSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileTimeline");
  const events = profile.events;
  const radioClass =
    "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 has-[:checked]:border-accent-700 has-[:checked]:bg-accent-50 has-[:checked]:font-semibold dark:border-slate-500 dark:has-[:checked]:border-accent-300 dark:has-[:checked]:bg-accent-950";

  const orderSwitch =
    events.length > 1 ? (
      <fieldset className="print:hidden">
        <legend className="mb-1 text-sm font-semibold text-slate-700 dark:text-slate-300">
          {t("order")}
        </legend>
        <div className="flex flex-wrap gap-2">
          <label className={radioClass}>
            <input
              type="radio"
              name="timeline-order"
              id={NEWEST_RADIO_ID}
              value="newest"
              defaultChecked
              className="size-4 accent-accent-700 dark:accent-accent-300"
            />
            {t("newestFirst")}
          </label>
          <label className={radioClass}>
            <input
              type="radio"
              name="timeline-order"
              id={OLDEST_RADIO_ID}
              value="oldest"
              className="size-4 accent-accent-700 dark:accent-accent-300"
            />
            {t("oldestFirst")}
          </label>
        </div>
      </fieldset>
    ) : null;

  return (
    <ProfileSection id="timeline" title={t("heading")} aside={orderSwitch}>
      {events.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t("none")}</p>
      ) : (
        <>
          <div className={newestOnlyClass}>
            <EventList events={events} idSuffix="" />
          </div>
          {events.length > 1 ? (
            <div className={oldestOnlyClass}>
              <EventList events={[...events].reverse()} idSuffix={OLDEST_ID_SUFFIX} />
            </div>
          ) : null}
        </>
      )}
    </ProfileSection>
  );
}
