import { describe, expect, it } from "vitest";
import type { AlertItem } from "@/lib/follows/alerts/alert-item";
import { extractLinks } from "@/lib/mail/mail-links";
import { renderMail } from "@/lib/mail/render-mail";

const FOLLOWER = "0b7e3c1a-5f44-4c1e-9a0e-2d1f3b4c5d6e";
const links = {
  followerId: FOLLOWER,
  manageUrl: "https://vigil.example/en/follow/manage/tok",
  unsubscribeUrl: "https://vigil.example/api/follows/unsubscribe/tok",
  unsubscribePageUrl: "https://vigil.example/en/follow/unsubscribe/tok",
};

const transfer: AlertItem = {
  kind: "transfer",
  subject: "Anna K.",
  url: "https://vigil.example/en/prisoners/anna-k",
  date: null,
  detail: "IK-3, Minsk region",
  summary: null,
};

describe("follow alert e-mails", () => {
  it("say a transfer in plain words, link the profile and the manage page, and unsubscribe in one click", async () => {
    const mail = await renderMail({
      kind: "follow.alert",
      locale: "en",
      payload: { alert: transfer, ...links },
    });
    expect(mail.subject).toBe("Anna K. has been transferred");
    expect(mail.text).toContain("Anna K. has been transferred to IK-3, Minsk region.");
    expect(mail.text).toContain(transfer.url);
    expect(mail.text).toContain(links.manageUrl);
    expect(mail.headers).toEqual({
      "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("write a hearing's date in the follower's language", async () => {
    const hearing: AlertItem = { ...transfer, kind: "hearing", date: "2027-01-12", detail: null };
    const ru = await renderMail({
      kind: "follow.alert",
      locale: "ru",
      payload: { alert: hearing, ...links },
    });
    expect(ru.subject).toBe("Anna K.: заседание суда 12 января");
    const en = await renderMail({
      kind: "follow.alert",
      locale: "en",
      payload: { alert: hearing, ...links },
    });
    expect(en.subject).toBe("Anna K.: hearing on January 12");
  });

  it("list a week's alerts in a digest and count those beyond the list", async () => {
    const mail = await renderMail({
      kind: "follow.digest",
      locale: "en",
      payload: {
        items: [transfer, { ...transfer, kind: "profile", detail: null }],
        more: 3,
        ...links,
      },
    });
    expect(mail.subject).toBe("5 updates this week on Vigil");
    expect(mail.text).toContain("The profile of Anna K. has been published.");
    expect(mail.text).toContain("And 3 more updates");
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${links.unsubscribeUrl}>`);
  });

  it("give a sponsor its own one-click unsubscribe and no follower links", async () => {
    const stop = "https://vigil.example/api/follows/sponsor-unsubscribe/s1.abc";
    const mail = await renderMail({
      kind: "follow.sponsor-alert",
      locale: "en",
      payload: { alert: transfer, unsubscribeUrl: stop },
    });
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${stop}>`);
    expect(mail.text).not.toContain("/follow/manage/");
  });

  it("open a Russian-speaking sponsor's unsubscribe page in Russian; the one-click address stays bare", async () => {
    const stop = "https://vigil.example/api/follows/sponsor-unsubscribe/s1.abc";
    const mail = await renderMail({
      kind: "follow.sponsor-alert",
      locale: "ru",
      payload: { alert: transfer, unsubscribeUrl: stop },
    });
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${stop}>`);
    expect(extractLinks(mail.text)).toContain(`${stop}?locale=ru`);
    expect(mail.html).toContain('<html lang="ru"');
  });
});
