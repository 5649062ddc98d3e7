import { publicRoutes } from "@/lib/routes";
import { CONTENT_NAME_MAX, CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/**
 * A reference to something one can follow, as forms and addresses carry it: the kind and the
 * public key (a prisoner's or a letter's slug, a country's lower-case ISO code). Pure, so that the
 * form, the pages and the route handler share it and it is unit-tested.
 */
export const FOLLOW_TARGET_KINDS = ["prisoner", "country", "letter"] as const;
export type FollowTargetKind = (typeof FOLLOW_TARGET_KINDS)[number];

export interface FollowTargetRef {
  kind: FollowTargetKind;
  key: string;
}

/** The follow form's hidden fields naming its target. */
export const FOLLOW_TARGET_FIELDS = { kind: "targetKind", key: "targetKey" } as const;

export function isFollowTargetKind(value: unknown): value is FollowTargetKind {
  return (FOLLOW_TARGET_KINDS as readonly unknown[]).includes(value);
}

/** Whether a key can name a target of the kind at all (checked before any query). */
export function isFollowTargetKey(kind: FollowTargetKind, key: string): boolean {
  if (kind === "country") return /^[a-z]{2}$/.test(key);
  return key.length <= CONTENT_NAME_MAX && CONTENT_SLUG_PATTERN.test(key);
}

/** The target a follow form names in its hidden fields, or null. */
export function followTargetOfForm(formData: FormData): FollowTargetRef | null {
  const kind = formData.get(FOLLOW_TARGET_FIELDS.kind);
  const key = formData.get(FOLLOW_TARGET_FIELDS.key);
  if (!isFollowTargetKind(kind) || typeof key !== "string") return null;
  return isFollowTargetKey(kind, key) ? { kind, key } : null;
}

/**
 * The target of the /follow page's query ("?prisoner=<slug>", "?country=kz", "?letter=<slug>"):
 * exactly one of them, else null.
 */
export function followTargetOfQuery(
  query: Record<string, string | string[] | undefined>,
): FollowTargetRef | null {
  const named = FOLLOW_TARGET_KINDS.filter((kind) => query[kind] !== undefined);
  if (named.length !== 1) return null;
  const kind = named[0]!;
  const key = query[kind];
  if (typeof key !== "string" || !isFollowTargetKey(kind, key)) return null;
  return { kind, key };
}

export function sameFollowTarget(a: FollowTargetRef, b: FollowTargetRef): boolean {
  return a.kind === b.kind && a.key === b.key;
}

/** The public page of a target (without the locale). */
export function followTargetPath(ref: FollowTargetRef): string {
  if (ref.kind === "prisoner") return publicRoutes.prisoner(ref.key);
  if (ref.kind === "country") return publicRoutes.country(ref.key);
  return publicRoutes.letter(ref.key);
}
