import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { LetterClientMessages } from "@/components/dashboard/letter/letter-client-messages";
import { SignatoryForm } from "@/components/dashboard/letter/signatory-form";
import { SignatoryVerificationForm } from "@/components/dashboard/letter/signatory-verification-form";
import { Alert } from "@/components/ui/alert";
import { signatoryValues } from "@/components/dashboard/letter/signatory-form-values";
import { deleteSignatory } from "@/lib/actions/signatories/delete-signatory";
import { updateSignatory } from "@/lib/actions/signatories/update-signatory";
import { verifySignatory } from "@/lib/actions/signatories/verify-signatory";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { listLetterOptions } from "@/lib/data/dashboard-letters";
import { getNotableSignatoryForEditor } from "@/lib/data/signatories";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";
import { parseLetterListQuery } from "@/lib/validation/letter";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Signatories" });
  return { title: t("editTitle") };
}

/**
 * One notable signatory: whether it is a proposal (not public) or verified (public), its fields
 * (contributors may edit proposals only), the editors' verification form, history and deletion.
 */
export default async function SignatoryPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const [t, format, signatory, letters, countries] = await Promise.all([
    getTranslations("Signatories"),
    getFormatter(),
    getNotableSignatoryForEditor(actor, id, locale),
    listLetterOptions(actor, locale),
    listCountryOptions(actor, locale),
  ]);
  if (!signatory) notFound();
  const query = parseLetterListQuery(await searchParams);
  // A verified signatory is public: the policy judges it as published, a proposal as a draft.
  const policyState = signatory.verifiedAt ? "PUBLISHED" : "DRAFT";
  return (
    <>
      <ItemHeader
        title={signatory.name}
        backHref={dashboardRoutes.letterPage(signatory.letterId, "signatories")}
        version={signatory.version}
        historyHref={dashboardRoutes.history("notableSignatory", signatory.id)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "notableSignatory", state: policyState })}
      />
      {signatory.verifiedAt ? (
        <Alert tone="success" className="mb-6">
          <p className="font-semibold">{t("status.verified")}</p>
          <p>
            {t("verifiedBy", {
              name: signatory.verifiedBy ?? "—",
              date: format.dateTime(signatory.verifiedAt, { dateStyle: "medium" }),
            })}
          </p>
          {signatory.verificationNote ? (
            <p>{t("verificationNote", { note: signatory.verificationNote })}</p>
          ) : null}
        </Alert>
      ) : (
        <Alert tone="warning" className="mb-6">
          <p className="font-semibold">{t("status.proposed")}</p>
          <p>{t("proposedExplanation")}</p>
        </Alert>
      )}
      <LetterClientMessages>
        <SignatoryForm
          action={updateSignatory}
          initialValues={signatoryValues(signatory)}
          letters={letters}
          countries={countrySelectOptions(countries)}
          id={signatory.id}
          version={signatory.version}
        />
        {can(actor, "verify", { type: "notableSignatory" }) ? (
          <SignatoryVerificationForm
            action={verifySignatory}
            id={signatory.id}
            version={signatory.version}
            verified={signatory.verifiedAt !== null}
          />
        ) : null}
        <DeleteSection
          actor={actor}
          type="notableSignatory"
          action={deleteSignatory}
          id={signatory.id}
          version={signatory.version}
        />
      </LetterClientMessages>
    </>
  );
}
