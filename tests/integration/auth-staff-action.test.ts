import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { staffAction, InvalidFieldsError, initialFormState } from "@/lib/actions/staff-action";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { forgeSessionCookie, signInRequestAs, signOutRequest } from "../fixtures/auth-request";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const schema = z.object({
  title: z.string().trim().min(3).max(20),
  name: z.object({ en: z.string().min(1), ru: z.string().optional() }),
  roles: z.array(z.enum(["A", "B"])).min(1),
});

/** A publish-like action: the handler authorises next to the "data", as lib/data does. */
const handler = vi.fn(async ({ actor }: { actor: { role: string } }) => {
  authorize(actor as never, "publish", { type: "prisoner", state: "IN_REVIEW" });
  return { published: true };
});
const publishSomething = staffAction(
  { permission: { action: "publish", type: "prisoner" }, schema },
  handler,
);

function validForm(extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("title", "A title");
  form.set("name.en", "Ivan");
  form.set("name.ru", "Иван");
  form.append("roles", "A");
  form.append("roles", "B");
  form.set("password", "never echoed back");
  form.set("$ACTION_ID_abc", "");
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
});

afterEach(() => {
  handler.mockClear();
  signOutRequest();
});

describe("staffAction", () => {
  it("refuses a call without a session and keeps the submitted values", async () => {
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "error", code: "signed-out" });
    expect(state.values).toEqual({
      title: "A title",
      "name.en": "Ivan",
      "name.ru": "Иван",
      roles: ["A", "B"],
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a forged session cookie", async () => {
    forgeSessionCookie("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged");
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "error", code: "signed-out" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a contributor calling a publish action", async () => {
    await signInRequestAs(contributor);
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({
      status: "error",
      code: "forbidden",
      message: "Your role does not allow this.",
    });
    expect(state.values.title).toBe("A title");
  });

  it("refuses a contributor before reading the form when the role may never do the action", async () => {
    await signInRequestAs(contributor);
    // An invalid form: a role check that came after validation would answer "invalid" here.
    const state = await publishSomething(initialFormState, new FormData());
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets an editor publish and hands the handler the parsed input and request context", async () => {
    await signInRequestAs(editor);
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "success", result: { published: true } });
    expect(handler).toHaveBeenCalledWith(
      expect.objectContaining({
        actor: expect.objectContaining({ id: editor.id, role: "EDITOR" }),
        input: { title: "A title", name: { en: "Ivan", ru: "Иван" }, roles: ["A", "B"] },
        context: { ip: "203.0.113.10", userAgent: "vitest" },
      }),
    );
  });

  it("never echoes passwords", async () => {
    await signInRequestAs(editor);
    const state = await publishSomething(initialFormState, validForm());
    expect(state.values).not.toHaveProperty("password");
  });

  it("signs out a user whose role changed since they signed in", async () => {
    const user = await createStaffUser("EDITOR");
    await signInRequestAs(user);
    await prisma.user.update({
      where: { id: user.id },
      data: { role: "ADMIN", sessionVersion: { increment: 1 } },
    });
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "error", code: "signed-out" });
  });

  it("signs out a disabled user", async () => {
    const user = await createStaffUser("EDITOR");
    await signInRequestAs(user);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "error", code: "signed-out" });
  });

  it("reads the role from the database, not from the session", async () => {
    const user = await createStaffUser("EDITOR");
    await signInRequestAs(user);
    // Demoted without a session-version bump (as a buggy write would do): still refused.
    await prisma.user.update({ where: { id: user.id }, data: { role: "CONTRIBUTOR" } });
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
  });

  it("stops an administrator without an authenticator app until they enrol", async () => {
    const admin = await createStaffUser("ADMIN");
    await signInRequestAs(admin);
    const state = await publishSomething(initialFormState, validForm());
    expect(state).toMatchObject({ status: "error", code: "two-factor-required" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns translated field errors keyed by path, with the values", async () => {
    await signInRequestAs(editor);
    const form = validForm({ title: "ab", "name.en": "" });
    form.delete("roles");
    const state = await publishSomething(initialFormState, form);
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(state.fieldErrors).toEqual({
      title: "Enter at least 3 characters.",
      "name.en": "This field is required.",
      roles: "This field is required.",
    });
    expect(state.values.title).toBe("ab");
    expect(handler).not.toHaveBeenCalled();
  });

  it("uses the action's own message for a known error code", async () => {
    await signInRequestAs(editor);
    const action = staffAction(
      {
        permission: { action: "view", type: "dashboard" },
        schema: z.object({ message: z.string().min(10, { error: "messageTooShort" }) }),
        messages: "ProfileReport.errors",
      },
      async () => undefined,
    );
    const form = new FormData();
    form.set("message", "short");
    const state = await action(initialFormState, form);
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { message: expect.stringMatching(/10/) },
    });
  });

  it("maps typed errors from the handler to error states", async () => {
    await signInRequestAs(editor);
    const conflict = new ConflictError("Prisoner", "p1", 2, 3, [{ path: ["name"] }], "Ann");
    const throwing = (error: Error) =>
      staffAction(
        { permission: { action: "view", type: "dashboard" }, schema: z.object({}) },
        async () => {
          throw error;
        },
      );
    await expect(
      throwing(new NotFoundError("Prisoner", "p1"))(initialFormState, new FormData()),
    ).resolves.toMatchObject({ status: "error", code: "not-found" });
    await expect(throwing(conflict)(initialFormState, new FormData())).resolves.toMatchObject({
      status: "error",
      code: "conflict",
      conflict: { expectedVersion: 2, currentVersion: 3, changedBy: "Ann" },
    });
    await expect(
      throwing(new InvalidFieldsError({ email: "unknownCode" }))(initialFormState, new FormData()),
    ).resolves.toMatchObject({
      status: "invalid",
      fieldErrors: { email: "This value is not valid." },
    });
    await expect(throwing(new Error("bug"))(initialFormState, new FormData())).rejects.toThrow(
      "bug",
    );
  });
});
