import { getTranslations } from "next-intl/server";
import { TimelineLetterAnswer } from "@/components/letter/timeline-letter-answer";
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
import type {
  PrisonerProfileDto,
  ProfileEventDto,
  ProfileTransferDto,
} from "@/lib/data/prisoner-profile";
import type { ProfileLetterAnswerDto } from "@/lib/letter-answers/prisoner-letter-answers";

const confidenceTones: Record<ProfileEventDto["confidence"], BadgeTone> = {
  CONFIRMED: "success",
  REPORTED: "info",
  UNVERIFIED: "warning",
};

type TimelineItem =
  | { kind: "event"; date: string; event: ProfileEventDto }
  | { kind: "transfer"; date: string; transfer: ProfileTransferDto }
  | { kind: "answer"; date: string; answer: ProfileLetterAnswerDto };

/**
 * The events and the transfers of the detention history in one list, newest first (a stable
 * sort: on one day, events keep their order and come before a transfer).
 */
function timelineItems(
  profile: PrisonerProfileDto,
  answers: readonly ProfileLetterAnswerDto[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...answers.map((answer) => ({ kind: "answer" as const, date: answer.receivedOn.iso, answer })),
    ...profile.events.map((event) => ({ kind: "event" as const, date: event.date.iso, event })),
    ...profile.transfers.map((transfer) => ({
      kind: "transfer" as const,
      date: transfer.date.iso,
      transfer,
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date));
}

async function TransferItem({ transfer }: { transfer: ProfileTransferDto }) {
  const [t, tDetentions] = await Promise.all([
    getTranslations("ProfileTimeline"),
    getTranslations("ProfileDetentions"),
  ]);
  return (
    <li id={`transfer-${transfer.id}`} className="relative scroll-mt-4">
      <span aria-hidden="true" className="timeline-dot" />
      <p className="text-sm font-medium profile-muted">
        <DateText date={transfer.date} />
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {t("eventType.TRANSFER")}
      </p>
      <h3 className="text-lg font-semibold profile-heading">
        {tDetentions.rich("transferTitle", {
          to: () => <span lang={langOf(transfer.to)}>{transfer.to.text}</span>,
        })}
      </h3>
      <p className="mt-1 max-w-prose profile-text">
        {tDetentions.rich("transferText", {
          from: () => <span lang={langOf(transfer.from)}>{transfer.from.text}</span>,
          to: () => <span lang={langOf(transfer.to)}>{transfer.to.text}</span>,
        })}
      </p>
      <p className="mt-2">
        <Badge tone="neutral">{tDetentions("transferSource")}</Badge>
      </p>
    </li>
  );
}

/** The timeline, newest first, or oldest first with JavaScript (see timeline-order-switch.tsx). */
export async function TimelineSection({
  profile,
  letterAnswers = [],
}: {
  profile: PrisonerProfileDto;
  /** Published answers to letters about the prisoner (lib/letter-answers). */
  letterAnswers?: readonly ProfileLetterAnswerDto[];
}) {
  const t = await getTranslations("ProfileTimeline");
  const items = timelineItems(profile, letterAnswers);
  const orderSwitch =
    items.length > 1 ? (
      <TimelineOrderSwitch
        legend={t("order")}
        newestFirst={t("newestFirst")}
        oldestFirst={t("oldestFirst")}
      />
    ) : null;

  return (
    <TimelineOrderProvider>
      <ProfileSection id="timeline" title={t("heading")} aside={orderSwitch}>
        {items.length === 0 ? (
          <p className="profile-muted">{t("none")}</p>
        ) : (
          <TimelineOrderedList className="timeline">
            {items.map((item) =>
              item.kind === "answer" ? (
                <TimelineLetterAnswer key={`answer-${item.answer.id}`} answer={item.answer} />
              ) : item.kind === "transfer" ? (
                <TransferItem key={`transfer-${item.transfer.id}`} transfer={item.transfer} />
              ) : (
                <EventItem key={item.event.id} event={item.event} />
              ),
            )}
          </TimelineOrderedList>
        )}
      </ProfileSection>
    </TimelineOrderProvider>
  );
}

async function EventItem({ event }: { event: ProfileEventDto }) {
  const [t, tSources] = await Promise.all([
    getTranslations("ProfileTimeline"),
    getTranslations("ProfileSources"),
  ]);
  return (
    <li id={`event-${event.id}`} className="relative scroll-mt-4">
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
  );
}
