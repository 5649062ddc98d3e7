/**
 * A public form's honeypot: a text field hidden from sight and from the keyboard, which people
 * leave empty and robots fill. The server treats a filled one as a robot and answers as it would
 * anyone (lib/validation/signature.ts, lib/follows/follow-form.ts, inaccuracy-report.ts).
 */
export function HoneypotField({ id, name, label }: { id: string; name: string; label: string }) {
  return (
    <div className="sr-only">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
