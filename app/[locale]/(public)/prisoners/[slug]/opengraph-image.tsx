import { readFile } from "node:fs/promises";
import path from "node:path";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ImageResponse } from "next/og";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The share image of a profile (Open Graph and Twitter cards): the name, status and country,
 * and Vigil's name, from the same redacted DTO as the page. No photo, no network fonts: Noto Sans
 * is read from the @fontsource package (WOFF, which the renderer reads; it cannot read WOFF2),
 * with its Cyrillic and extended subsets so that Russian, Ukrainian, Kazakh and Polish names render.
 */

const size = { width: 1200, height: 630 };
const contentType = "image/png";

type Params = { locale: string; slug: string };

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");

let fontsLoading: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;

function loadFonts() {
  fontsLoading ??= Promise.all(
    (["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: `Noto Sans ${subset}`,
        weight,
        data: await readFile(path.join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`)),
      })),
    ),
  ).catch((error: unknown) => {
    fontsLoading = undefined;
    throw error;
  });
  return fontsLoading;
}

async function profileFor(params: Params) {
  if (!hasLocale(routing.locales, params.locale)) return null;
  const locale: Locale = params.locale;
  const profile = await getPublishedPrisonerProfile(params.slug, locale);
  return profile ? { locale, profile } : null;
}

export async function generateImageMetadata({ params }: { params: Params }) {
  const found = await profileFor(params);
  if (!found) return [];
  const t = await getTranslations({ locale: found.locale, namespace: "PrisonerStatus" });
  const { profile } = found;
  const details = [profile.status ? t(profile.status) : null, profile.country?.name.text]
    .filter(Boolean)
    .join(", ");
  return [
    {
      id: "card",
      alt: details ? `${profile.name.text}: ${details}` : profile.name.text,
      size,
      contentType,
    },
  ];
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const found = await profileFor(await params);
  if (!found) return new Response("Not found", { status: 404 });
  const { locale, profile } = found;
  const [tStatus, tSite, fonts] = await Promise.all([
    getTranslations({ locale, namespace: "PrisonerStatus" }),
    getTranslations({ locale, namespace: "Site" }),
    loadFonts(),
  ]);

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        borderTop: "24px solid #1d4274",
        color: "#0f172a",
        fontFamily: '"Noto Sans latin", "Noto Sans cyrillic"',
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        <div
          style={{
            display: "flex",
            fontSize: profile.name.text.length > 28 ? 64 : 80,
            fontWeight: 700,
            lineHeight: 1.1,
          }}
        >
          {profile.name.text}
        </div>
        {profile.status ? (
          <div style={{ display: "flex" }}>
            <div
              style={{
                display: "flex",
                padding: "8px 24px",
                borderRadius: 999,
                border: "3px solid #1d4274",
                color: "#1d4274",
                fontSize: 36,
                fontWeight: 700,
              }}
            >
              {tStatus(profile.status)}
            </div>
          </div>
        ) : null}
        {profile.country ? (
          <div style={{ display: "flex", fontSize: 40, color: "#334155" }}>
            {profile.region
              ? `${profile.country.name.text} · ${profile.region.text}`
              : profile.country.name.text}
          </div>
        ) : null}
      </div>
      <div
        style={{
          display: "flex",
          alignItems: "baseline",
          gap: 20,
          fontSize: 32,
          color: "#334155",
        }}
      >
        <span style={{ fontWeight: 700, fontSize: 44, color: "#1d4274" }}>{tSite("name")}</span>
        <span>{tSite("tagline")}</span>
      </div>
    </div>,
    {
      ...size,
      fonts: fonts.map((font) => ({ ...font, style: "normal" as const })),
    },
  );
}
