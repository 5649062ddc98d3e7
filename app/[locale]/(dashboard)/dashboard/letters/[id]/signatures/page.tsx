import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FlaggedSignaturesForm } from "@/components/dashboard/letter/flagged-signatures-form";
import { BulkClientMessages } from "@/components/dashboard/bulk/bulk-client-messages";
import { FlaggedSignaturesFilter } from "@/components/dashboard/letter/flagged-signatures-filter";
import { LetterEditorFrame } from "@/components/dashboard/letter/letter-editor-frame";
import { SignatureOverview } from "@/components/dashboard/letter/signature-overview";
import { Pagination } from "@/components/layout/pagination";
import { bulkInvalidateSignatures } from "@/lib/actions/letters/bulk-invalidate-signatures";
import { can } from "@/lib/auth/policy";
import { FLAG_ORDER, listFlaggedSignatures } from "@/lib/data/letter-flagged-signatures";
import { getLetterSignatureOverview } from "@/lib/data/letter-signatures";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";
import { getRequestContext } from "@/lib/security/request-context";
import { loadLetterPage, type LetterPageProps } from "../load-letter-page";

export async function generateMetadata({ params }: LetterPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "FlaggedSignatures" });
  return { title: t("title") };
}

/**
 * A letter's signatures (editors): figures, newest signatures, flagged ones to invalidate (a page
 * at a time, newest first: a burst can flag thousands). Others (a contributor following an old
 * link) get the dashboard's "not allowed" page with HTTP 403 (forbidden.tsx).
 */
export default async function LetterSignaturesPage(props: LetterPageProps) {
  const { actor, letter, frame } = await loadLetterPage(props);
  if (!can(actor, "view", { type: "signature" })) {
    forbidden();
  }
  const context = await getRequestContext();
  const search = await props.searchParams;
  const requested = search.page;
  const page = Number(typeof requested === "string" ? requested : "1") || 1;
  // The list's filter: one reason (a hand-edited unknown one shows every flag).
  const reason = FLAG_ORDER.find((flag) => flag === search.reason) ?? null;
  const [t, overview, flagged] = await Promise.all([
    getTranslations("FlaggedSignatures"),
    getLetterSignatureOverview(actor, letter.id, context),
    listFlaggedSignatures(actor, letter.id, context, { page, reason: reason ?? undefined }),
  ]);
  return (
    <LetterEditorFrame actor={actor} letter={frame} tab="signatures">
      <SignatureOverview overview={overview} />
      <section aria-labelledby="flagged-heading" className="flex flex-col gap-3">
        <h2 id="flagged-heading" className="text-xl font-semibold">
          {t("flaggedHeading")}
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{t("flaggedLead")}</p>
        {can(actor, "invalidate", { type: "signature" }) ? (
          <>
            <FlaggedSignaturesFilter reasons={FLAG_ORDER} current={reason} />
            <BulkClientMessages namespaces={["FlaggedSignatures"]}>
              <FlaggedSignaturesForm
                action={bulkInvalidateSignatures}
                letterId={letter.id}
                groups={flagged.groups}
                showEmail={overview.showEmail}
                matchingCount={flagged.total}
                filterReason={reason}
              />
            </BulkClientMessages>
            <Pagination
              basePath={dashboardRoutes.letterPage(letter.id, "signatures")}
              page={flagged.page}
              pageCount={flagged.pageCount}
              total={flagged.total}
              pageSize={flagged.pageSize}
              query={reason ? { reason } : {}}
              prefetch={false}
            />
          </>
        ) : null}
      </section>
    </LetterEditorFrame>
  );
}
