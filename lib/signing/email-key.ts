/**
 * The canonical form of an e-mail address, used to tell whether an address has already signed a
 * letter (Signature.emailKey, unique per letter). It folds the variants that reach the same
 * mailbox: case, "+tags" (sub-addressing, honoured by most providers) and, for Gmail, dots in
 * the local part ("J.Doe+petition@GoogleMail.com" → "jdoe@gmail.com").
 *
 * Pure, so that the rule is unit-tested; the address itself is validated by the form schema.
 */

const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

export function canonicalEmailKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}

/** The domain part of a canonical key (after the last "@"). */
export function emailKeyDomain(emailKey: string): string {
  return emailKey.slice(emailKey.lastIndexOf("@") + 1);
}
