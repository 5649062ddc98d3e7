import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/features/follow.en.json";
import ru from "@/lib/i18n/messages/features/follow.ru.json";
import type { MailContent } from "@/lib/mail/mail-kinds";
import { extractLinks } from "@/lib/mail/mail-links";
import { renderMail } from "@/lib/mail/render-mail";

const LINKS = {
  confirmUrl: "https://vigil.example/en/follow/confirm/tok",
  manageUrl: "https://vigil.example/en/follow/manage/id.mac",
  unsubscribeUrl: "https://vigil.example/api/follows/unsubscribe/id.mac",
  unsubscribePageUrl: "https://vigil.example/en/follow/unsubscribe/id.mac",
};

function confirmMail(locale: "en" | "ru", cadenceKept: boolean): MailContent {
  return {
    kind: "follow.confirm",
    locale,
    payload: {
      targetKind: "prisoner",
      targetName: "Aigul Serikova",
      confirmUrl: LINKS.confirmUrl,
      expiresAt: "2026-12-13T18:30:00.000Z",
      cadence: "WEEKLY",
      cadenceKept,
      manageUrl: LINKS.manageUrl,
      unsubscribeUrl: LINKS.unsubscribeUrl,
      unsubscribePageUrl: LINKS.unsubscribePageUrl,
    },
  };
}

describe("the follow e-mails", () => {
  it("ask to confirm with the button, say the cadence, and carry one-click unsubscribe", async () => {
    const mail = await renderMail(confirmMail("en", false));
    expect(mail.subject).toBe("Confirm: follow Aigul Serikova");
    expect(mail.text).toContain("about the case of Aigul Serikova");
    expect(mail.text).toContain("one e-mail a week");
    expect(mail.text).not.toContain("keeps the frequency it has");
    expect(extractLinks(mail.text).sort()).toEqual(
      [LINKS.confirmUrl, LINKS.manageUrl, LINKS.unsubscribePageUrl].sort(),
    );
    expect(mail.headers).toEqual({
      "List-Unsubscribe": `<${LINKS.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("tell a known address that it keeps its cadence and where to change it, in Russian", async () => {
    const mail = await renderMail(confirmMail("ru", true));
    expect(mail.subject).toBe("Подтвердите подписку: Aigul Serikova");
    expect(mail.text).toContain("частота писем остаётся прежней");
    expect(mail.html).toContain('<html lang="ru"');
  });

  it("send the link to one's follows, saying why, with the same unsubscribe", async () => {
    const mail = await renderMail({
      kind: "follow.manage-link",
      locale: "en",
      payload: { reason: "already-following", targetName: "Kazakhstan", ...LINKS },
    });
    expect(mail.subject).toBe("You already follow Kazakhstan");
    expect(mail.text).toContain("nothing has changed");
    expect(extractLinks(mail.text)).toContain(LINKS.manageUrl);
    expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it.each([
    [en, "en", 1240, "1,240 people follow this case"],
    [ru, "ru", 1240, "1 240 человек следят за этим делом"],
    [ru, "ru", 22, "22 человека следят за этим делом"],
    [ru, "ru", 21, "21 человек следит за этим делом"],
  ] as const)(
    "count followers with the plural of the language (%s %d)",
    (messages, locale, count, text) => {
      const t = createTranslator({ locale, messages, namespace: "Follow" });
      expect(t("countPrisoner", { count }).replace(/\u00a0/g, " ")).toBe(text);
    },
  );
});
