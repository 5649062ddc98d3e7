import { getTranslations } from "next-intl/server";
import { CitationRefs } from "@/components/profile/citation-refs";
import { ProfileSection } from "@/components/profile/profile-section";
import {
  TimelineOrderProvider,
  TimelineOrderSwitch,
  TimelineOrderedList,
} from "@/components/profile/timeline-order-switch";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { ProfileEventDto, PrisonerProfileDto } from "@/lib/data/prisoner-profile";

const confidenceTones: Record<ProfileEventDto["confidence"], BadgeTone> = {
  CONFIRMED: "success",
  REPORTED: "info",
  UNVERIFIED: "warning",
};

/** The timeline, newest first, or oldest first with JavaScript (see timeline-order-switch.tsx). */
export async function TimelineSection({ profile }: { profile: PrisonerProfileDto }) {
  const [t, tSources] = await Promise.all([
    getTranslations("ProfileTimeline"),
    getTranslations("ProfileSources"),
  ]);
  const events = profile.events;
  const orderSwitch =
    events.length > 1 ? (
      <TimelineOrderSwitch
        legend={t("order")}
        newestFirst={t("newestFirst")}
        oldestFirst={t("oldestFirst")}
      />
    ) : null;

  return (
    <TimelineOrderProvider>
      <ProfileSection id="timeline" title={t("heading")} aside={orderSwitch}>
        {events.length === 0 ? (
          <p className="profile-muted">{t("none")}</p>
        ) : (
          <TimelineOrderedList className="timeline">
            {events.map((event) => (
              <li key={event.id} id={`event-${event.id}`} className="relative scroll-mt-4">
                <span aria-hidden="true" className="timeline-dot" />
                <p className="text-sm font-medium profile-muted">
                  <DateText date={event.date} />
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  {t(`eventType.${event.type}`)}
                </p>
                <h3 lang={langOf(event.title)} className="text-lg font-semibold profile-heading">
                  {event.title?.text ?? t(`eventType.${event.type}`)}
                </h3>
                {event.text || event.citations.length > 0 ? (
                  <p className="mt-1 max-w-prose profile-text">
                    {event.text ? <span lang={langOf(event.text)}>{event.text.text}</span> : null}
                    <CitationRefs refs={event.citations} />
                  </p>
                ) : null}
                <p className="mt-2">
                  <Badge tone={confidenceTones[event.confidence]}>
                    {t("confidence", { level: tSources(`level.${event.confidence}`) })}
                  </Badge>
                </p>
              </li>
            ))}
          </TimelineOrderedList>
        )}
      </ProfileSection>
    </TimelineOrderProvider>
  );
}
