import { getTranslations } from "next-intl/server";
import { photoCreditText } from "@/components/content/photo-credit";
import { PrisonerStatusBadge } from "@/components/prisoner/prisoner-status-badge";
import { CitationRefs } from "@/components/profile/citation-refs";
import { richDateInSentenceValues } from "@/components/profile/date-in-sentence";
import { langOf } from "@/components/ui/localized";
import type { NameVariantDto, PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/** Native spellings first: they are the person's own name; the others are for search and recognition. */
function splitNames(variants: readonly NameVariantDto[], displayName: string) {
  const seen = new Set([displayName]);
  const unique = variants.filter((variant) => {
    if (seen.has(variant.value)) return false;
    seen.add(variant.value);
    return true;
  });
  return {
    native: unique.filter((variant) => variant.kind === "NATIVE"),
    other: unique.filter((variant) => variant.kind !== "NATIVE"),
  };
}

function NameList({ names }: { names: NameVariantDto[] }) {
  return (
    <ul className="flex flex-wrap gap-x-1">
      {names.map((variant, index) => (
        <li key={`${variant.value}-${variant.lang ?? ""}`}>
          {/* Each spelling in its own language, so that it is pronounced and hyphenated right. */}
          <span lang={variant.lang ?? undefined}>{variant.value}</span>
          {index < names.length - 1 ? <span aria-hidden="true">,</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The page's h1 with the person's names, photo, status and summary. */
export async function ProfileHeader({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfilePage");
  const names = splitNames(profile.nameVariants, profile.name.text);
  const photo = profile.photo;

  return (
    <header className="mb-10 flex flex-col gap-6 sm:flex-row sm:items-start">
      {photo ? (
        <figure className="w-40 shrink-0 sm:w-48">
          {/* Served by the media route with its stored size; no optimiser, no third party. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={photo.src}
            alt={photo.alt?.text ?? ""}
            lang={langOf(photo.alt)}
            width={photo.width ?? undefined}
            height={photo.height ?? undefined}
            className="aspect-[4/5] w-full rounded-lg border border-slate-200 object-cover dark:border-slate-700"
          />
          {photo.credit ? (
            <figcaption className="mt-1 text-xs profile-muted">
              {photoCreditText(photo.credit, (credit) => t("photoCredit", { credit }))}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div className="flex min-w-0 flex-col gap-4">
        <h1
          lang={langOf(profile.name)}
          className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-slate-50 print:text-black"
        >
          {profile.name.text}
        </h1>
        {names.native.length > 0 || names.other.length > 0 ? (
          <dl className="flex flex-col gap-1 text-slate-800 dark:text-slate-200">
            {names.native.length > 0 ? (
              <div className="flex flex-wrap gap-x-1.5">
                <dt className="profile-muted">{t("nativeNames")}:</dt>
                <dd className="text-lg font-medium">
                  <NameList names={names.native} />
                </dd>
              </div>
            ) : null}
            {names.other.length > 0 ? (
              <div className="flex flex-wrap gap-x-1.5">
                <dt className="profile-muted">{t("alsoKnownAs")}:</dt>
                <dd>
                  <NameList names={names.other} />
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {profile.status ? (
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="sr-only">{t("status")}:</span>
            <PrisonerStatusBadge status={profile.status} />
            {profile.statusSince ? (
              <span className="font-medium text-slate-800 dark:text-slate-200">
                {t.rich("statusSince", await richDateInSentenceValues(profile.statusSince))}
              </span>
            ) : null}
            <CitationRefs
              refs={[
                ...(profile.factCitations.status ?? []),
                ...(profile.factCitations.statusSince ?? []),
              ]}
            />
          </p>
        ) : null}
        {profile.summary ? (
          <p lang={langOf(profile.summary)} className="max-w-prose text-lg profile-text">
            {profile.summary.text}
          </p>
        ) : null}
      </div>
    </header>
  );
}
