import type { SigningTranslator } from "@/components/letter/signature-form-fields";
import { Checkbox } from "@/components/ui/checkbox";

/**
 * "Tell me what happens to this letter": unticked unless the signer ticks it (and ticked again
 * when a form with errors comes back with it ticked). Stored with the signature; one e-mail when
 * the letter is delivered or answered (lib/letter-answers).
 */
export function NotifyOutcomeField({ checked, t }: { checked: boolean; t: SigningTranslator }) {
  return (
    <Checkbox
      name="notifyOutcome"
      id="sign-notify-outcome"
      value="yes"
      defaultChecked={checked}
      label={t("notifyOutcome")}
      hint={t("notifyOutcomeHint")}
    />
  );
}
