import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { TranslationStatus } from "@/components/dashboard/form/translation-status";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import type { TranslationStatus as Status } from "@/lib/validation/localized";

interface ItemHeaderProps {
  title: string;
  /**
   * A way back the breadcrumbs do not give (a signatory's letter): the list an item belongs to is
   * already the crumb before it, so most items pass none.
   */
  backHref?: string;
  version?: number;
  updatedAt?: Date;
  translation?: Status;
  historyHref?: string;
  previewHref?: string;
  /** `?created=1` after the create action sent the user here. */
  created?: boolean;
  /** The actor may not save changes to this item (a contributor on reference data). */
  readOnly?: boolean;
  children?: ReactNode;
}

/** The top of an item's editor: its name, version, translation status and links. */
export async function ItemHeader({
  title,
  backHref,
  version,
  updatedAt,
  translation,
  historyHref,
  previewHref,
  created,
  readOnly,
  children,
}: ItemHeaderProps) {
  const [t, format] = await Promise.all([getTranslations("ContentEditor.item"), getFormatter()]);
  return (
    <>
      <ItemBreadcrumbs title={title} />
      {backHref ? (
        <p className="mb-4">
          <TextLink href={backHref}>
            <span aria-hidden="true">← </span>
            {t("backToList")}
          </TextLink>
        </p>
      ) : null}
      <PageHeader title={title}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-slate-800 dark:text-slate-200">
          {version !== undefined ? <span>{t("version", { version })}</span> : null}
          {updatedAt ? (
            <span>
              {t("lastSaved", {
                date: format.dateTime(updatedAt, { dateStyle: "long", timeStyle: "short" }),
              })}
            </span>
          ) : null}
          {translation ? (
            <span className="flex items-center gap-2">
              {t("translation")} <TranslationStatus status={translation} />
            </span>
          ) : null}
        </div>
        {historyHref || previewHref ? (
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            {previewHref ? <TextLink href={previewHref}>{t("preview")}</TextLink> : null}
            {historyHref ? <TextLink href={historyHref}>{t("history")}</TextLink> : null}
          </p>
        ) : null}
        {children}
      </PageHeader>
      {readOnly ? (
        <Alert tone="info" className="mb-6">
          {t("readOnly")}
        </Alert>
      ) : null}
      {created ? (
        <Alert tone="success" announce className="mb-6">
          {t("created")}
        </Alert>
      ) : null}
    </>
  );
}
