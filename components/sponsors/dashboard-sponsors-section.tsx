import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { SponsorAddForm } from "@/components/sponsors/sponsor-add-form";
import { SponsorRowActions } from "@/components/sponsors/sponsor-row-actions";
import { addPrisonerSponsor } from "@/lib/actions/sponsors/add-prisoner-sponsor";
import { removePrisonerSponsor } from "@/lib/actions/sponsors/remove-prisoner-sponsor";
import { setPrisonerSponsorPublished } from "@/lib/actions/sponsors/set-prisoner-sponsor-published";
import { can, type Actor } from "@/lib/auth/policy";
import type { DashboardSponsorsDto } from "@/lib/sponsors/dashboard-sponsors";

const cellClass = "border-b border-slate-200 px-2 py-2 align-top dark:border-slate-700";

/**
 * The prisoner page's Sponsors section: who sponsors the prisoner, since when, whether it shows
 * on the public profile; editors add, show/hide and remove (lib/sponsors/sponsor-writes.ts).
 */
export async function DashboardSponsorsSection({
  actor,
  prisonerId,
  data,
}: {
  actor: Actor;
  prisonerId: string;
  data: DashboardSponsorsDto;
}) {
  const [t, format, messages] = await Promise.all([
    getTranslations("Sponsors"),
    getFormatter(),
    getMessages(),
  ]);
  // A calendar date (no time of day): formatted in UTC so that no time zone moves it a day.
  const sinceText = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const mayManage = can(actor, "manage", { type: "prisonerSponsor" });
  // The dashboard hands the browser only the namespaces a page asks for (the prisoner editor's
  // own do not include these): the row buttons and the add form read Sponsors and the form kit's
  // EditorForm. A nested provider replaces its parent's messages, so both are listed.
  return (
    <NextIntlClientProvider
      messages={{ EditorForm: messages.EditorForm, Sponsors: messages.Sponsors }}
    >
      <section
        aria-labelledby="sponsors-heading"
        className="flex flex-col gap-4 rounded-md border border-slate-300 p-4 dark:border-slate-600"
      >
        <h2 id="sponsors-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-slate-800 dark:text-slate-200">{t("intro")}</p>
        {data.sponsors.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <thead>
              <tr>
                <th scope="col" className={cellClass}>
                  {t("signatory")}
                </th>
                <th scope="col" className={cellClass}>
                  {t("sinceLabel")}
                </th>
                <th scope="col" className={cellClass}>
                  {t("stateLabel")}
                </th>
                {mayManage ? <td className={cellClass} /> : null}
              </tr>
            </thead>
            <tbody>
              {data.sponsors.map((sponsor) => (
                <tr key={sponsor.id}>
                  <th scope="row" className={`${cellClass} font-normal`}>
                    <span className="font-semibold">{sponsor.name}</span>
                    {sponsor.office ? <span className="block">{sponsor.office}</span> : null}
                    {sponsor.alertEmail ? (
                      <>
                        <span className="block text-sm">{sponsor.alertEmail}</span>
                        <span className="block text-sm">
                          {t("alertsIn", { language: t(`languages.${sponsor.alertLocale}`) })}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td className={cellClass}>
                    <time dateTime={sponsor.since}>{sinceText(sponsor.since)}</time>
                  </td>
                  <td className={cellClass}>
                    {sponsor.state === "PUBLISHED" ? t("statePublished") : t("stateDraft")}
                  </td>
                  {mayManage ? (
                    <td className={cellClass}>
                      <SponsorRowActions
                        id={sponsor.id}
                        name={sponsor.name}
                        published={sponsor.state === "PUBLISHED"}
                        setPublished={setPrisonerSponsorPublished}
                        remove={removePrisonerSponsor}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {mayManage ? (
          data.choices.length > 0 ? (
            <SponsorAddForm
              action={addPrisonerSponsor}
              prisonerId={prisonerId}
              today={new Date().toISOString().slice(0, 10)}
              choices={data.choices.map((choice) => ({
                value: choice.id,
                label: choice.office
                  ? t("signatoryOption", {
                      name: choice.name,
                      office: choice.office,
                      letter: choice.letterTitle,
                    })
                  : t("signatoryOptionNoOffice", { name: choice.name, letter: choice.letterTitle }),
              }))}
            />
          ) : (
            <p>{t("noVerifiedSignatories")}</p>
          )
        ) : null}
      </section>
    </NextIntlClientProvider>
  );
}
