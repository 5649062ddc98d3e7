"use server";

import { authFieldErrors } from "@/lib/auth/auth-form-errors";
import type { AuthFormState } from "@/lib/auth/auth-form-state";
import { acceptInvitation } from "@/lib/auth/invitations";
import { getRequestContext } from "@/lib/security/request-context";
import { acceptInvitationSchema } from "@/lib/validation/auth";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The invitation page's form: name and password → the new account. */
export async function acceptInvitationAction(
  _previous: AuthFormState,
  formData: FormData,
): Promise<AuthFormState> {
  const values = { name: text(formData, "name") };
  const parsed = acceptInvitationSchema.safeParse({
    token: text(formData, "token"),
    name: values.name,
    password: text(formData, "password"),
    passwordConfirm: text(formData, "passwordConfirm"),
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
