import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { ALT_MAX_LENGTH, CREDIT_MAX_LENGTH } from "@/lib/media/media-details-schema";
import type { UploadFormEcho } from "@/lib/media/upload-outcome";
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import { apiRoutes, withQuery } from "@/lib/routes";

const MB = 1024 * 1024;

const ids = {
  file: "media-upload-file",
  "alt.en": "media-upload-alt-en",
  "alt.ru": "media-upload-alt-ru",
  credit: "media-upload-credit",
} as const;

/**
 * The upload form: a plain multipart POST to the upload route, which answers with a redirect, so
 * it works the same with and without JavaScript. After a refused upload the page comes back with
 * the problem, the field errors and the typed text (see lib/media/upload-outcome.ts).
 */
export async function MediaUploadForm({ locale, echo }: { locale: Locale; echo: UploadFormEcho }) {
  const t = await getTranslations("Media");
  const tEditor = await getTranslations("EditorForm");
  const limits = {
    imageMb: MAX_IMAGE_BYTES / MB,
    pdfMb: MAX_PDF_BYTES / MB,
    megapixels: MAX_IMAGE_PIXELS / 1_000_000,
  };
  const error = (field: keyof typeof echo.errors) => {
    const code = echo.errors[field];
    return code ? t(`errors.${code}`) : undefined;
  };
  const fieldErrors = (Object.keys(echo.errors) as (keyof typeof echo.errors)[]).map((field) => ({
    field,
    text: error(field)!,
  }));
  const fileProblem = echo.problem && echo.problem !== "invalid";

  return (
    <form
      method="post"
      action={withQuery(apiRoutes.dashboardMedia(), { locale })}
      encType="multipart/form-data"
      noValidate
      className="flex max-w-2xl flex-col gap-5"
    >
      {echo.problem ? (
        <Alert tone="error" title={t("upload.problemTitle")} announce>
          <p>{t(`rejections.${echo.problem}`, limits)}</p>
          {fieldErrors.length > 0 ? (
            <ul className="list-disc ps-5">
              {fieldErrors.map(({ field, text }) => (
                <li key={field}>
                  <a href={`#${ids[field]}`} className="underline underline-offset-2">
                    {text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-1">{t("upload.chooseAgain")}</p>
        </Alert>
      ) : null}
      <TextField
        type="file"
        name="file"
        id={ids.file}
        label={t("upload.file")}
        hint={t("upload.fileHint", limits)}
        error={fileProblem ? t(`rejections.${echo.problem!}`, limits) : undefined}
        required
        requiredLabel={tEditor("required")}
        accept="image/jpeg,image/png,image/webp,application/pdf"
        className="file:me-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1 dark:file:bg-slate-700"
      />
      <TextField
        name="alt.en"
        id={ids["alt.en"]}
        lang="en"
        label={t("upload.altEn")}
        hint={t("upload.altHint")}
        error={error("alt.en")}
        maxLength={ALT_MAX_LENGTH}
        defaultValue={echo.values["alt.en"]}
      />
      <TextField
        name="alt.ru"
        id={ids["alt.ru"]}
        lang="ru"
        label={t("upload.altRu")}
        error={error("alt.ru")}
        maxLength={ALT_MAX_LENGTH}
        defaultValue={echo.values["alt.ru"]}
      />
      <TextField
        name="credit"
        id={ids.credit}
        label={t("upload.credit")}
        hint={t("upload.creditHint")}
        error={error("credit")}
        maxLength={CREDIT_MAX_LENGTH}
        defaultValue={echo.values.credit}
      />
      <div>
        <Button type="submit">{t("upload.submit")}</Button>
      </div>
    </form>
  );
}
