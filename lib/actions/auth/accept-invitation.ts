"use server";

import { authFieldErrors } from "@/lib/auth/auth-form-errors";
import type { AuthFormState } from "@/lib/auth/auth-form-state";
import { acceptInvitation } from "@/lib/auth/invitations";
import { getRequestContext } from "@/lib/security/request-context";
import { acceptInvitationSchema } from "@/lib/validation/auth";
import { formText } from "@/lib/validation/form-text";

/** The invitation page's form: name and password → the new account. */
export async function acceptInvitationAction(
  _previous: AuthFormState,
  formData: FormData,
): Promise<AuthFormState> {
  const values = { name: formText(formData, "name") };
  const parsed = acceptInvitationSchema.safeParse({
    token: formText(formData, "token"),
    name: values.name,
    password: formText(formData, "password"),
    passwordConfirm: formText(formData, "passwordConfirm"),
  });
  if (!parsed.success) {
    return {
      status: "invalid",
      values,
      fieldErrors: authFieldErrors(parsed.error.issues, ["name", "password", "passwordConfirm"]),
    };
  }
  const outcome = await acceptInvitation(parsed.data, await getRequestContext());
  return {
    status: outcome.status === "accepted" ? "done" : outcome.status,
    values,
    fieldErrors: {},
  };
}
