/**
 * A credit that already says what it credits ("Photo: Reuters", "Фото: …", "Illustration") is
 * shown as it is; any other is shown after the locale's "Photo:". Without this check a credit
 * typed the way newspapers print it reads "Photo: Photo: Reuters".
 */
// A leading "Word:" or one of the kinds as the first word. (\b is ASCII-only even with /u: it
// would never match after "фото".)
const NAMES_ITS_KIND = /^\s*(?:\p{L}+\s*:|(?:photo|фото|illustration|иллюстрация)(?=$|[\s.,;]))/iu;

export function photoCreditText(credit: string, withPrefix: (credit: string) => string): string {
  return NAMES_ITS_KIND.test(credit) ? credit.trim() : withPrefix(credit);
}
