import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import {
  InaccuracyReportForm,
  type InaccuracyReportLimits,
} from "@/components/profile/inaccuracy-report-form";
import { ProfileSection } from "@/components/profile/profile-section";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicRoutes } from "@/lib/routes";
import {
  REPORT_CONTACT_MAX_LENGTH,
  REPORT_HONEYPOT_FIELD,
  REPORT_MESSAGE_MAX_LENGTH,
  REPORT_MESSAGE_MIN_LENGTH,
  REPORT_SOURCE_URL_MAX_LENGTH,
  type InaccuracyReportFormState,
} from "@/lib/validation/inaccuracy-report";

interface InaccuracyReportSectionProps {
  slug: string;
  locale: Locale;
  action: (
    state: InaccuracyReportFormState,
    formData: FormData,
  ) => Promise<InaccuracyReportFormState>;
}

export const REPORT_SECTION_ID = "report-inaccuracy";

const limits: InaccuracyReportLimits = {
  messageMin: REPORT_MESSAGE_MIN_LENGTH,
  messageMax: REPORT_MESSAGE_MAX_LENGTH,
  sourceUrlMax: REPORT_SOURCE_URL_MAX_LENGTH,
  contactMax: REPORT_CONTACT_MAX_LENGTH,
  honeypotField: REPORT_HONEYPOT_FIELD,
};

/** "Report an inaccuracy": the form with the strings it needs in the browser (and no others). */
export async function InaccuracyReportSection({
  slug,
  locale,
  action,
}: InaccuracyReportSectionProps) {
  const [t, messages] = await Promise.all([getTranslations("ProfileReport"), getMessages()]);
  const permalink = `${getPathname({ href: publicRoutes.prisoner(slug), locale })}#${REPORT_SECTION_ID}`;
  return (
    <ProfileSection id={REPORT_SECTION_ID} title={t("heading")} className="print:hidden">
      <p className="mb-6 max-w-prose text-slate-800 dark:text-slate-200">{t("lead")}</p>
      <NextIntlClientProvider
        messages={{ ProfileReport: messages.ProfileReport, Outage: messages.Outage }}
      >
        <InaccuracyReportForm
          action={action}
          prisonerSlug={slug}
          locale={locale}
          permalink={permalink}
          limits={limits}
        />
      </NextIntlClientProvider>
    </ProfileSection>
  );
}
