import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/routing";
import type { MailContent } from "@/lib/mail/mail-kinds";
import { extractLinks } from "@/lib/mail/mail-links";
import { renderMail } from "@/lib/mail/render-mail";

const EXPIRES = "2026-12-01T18:30:00.000Z";

function samples(locale: Locale): MailContent[] {
  return [
    {
      kind: "signature.confirm",
      locale,
      payload: {
        name: "Anna Ivanova",
        letterTitle: "Free them all",
        confirmUrl: "https://vigil.example/en/letters/free/confirm?token=abc",
        withdrawUrl: "https://vigil.example/en/letters/free/withdraw?token=def",
        expiresAt: EXPIRES,
      },
    },
    {
      kind: "signature.already_signed",
      locale,
      payload: {
        letterTitle: "Free them all",
        letterUrl: "https://vigil.example/en/letters/free",
        withdrawUrl: "https://vigil.example/en/letters/free/withdraw?token=def",
      },
    },
    {
      kind: "auth.invitation",
      locale,
      payload: {
        inviterName: "Boris Admin",
        role: "EDITOR",
        acceptUrl: "https://vigil.example/en/invitation/xyz",
        expiresAt: EXPIRES,
      },
    },
    {
      kind: "auth.password_reset",
      locale,
      payload: {
        name: "Vera",
        resetUrl: "https://vigil.example/en/password-reset/qrs",
        expiresAt: EXPIRES,
      },
    },
    {
      kind: "auth.password_changed",
      locale,
      payload: {
        name: "Vera",
        email: "vera@vigil.example",
        changedAt: EXPIRES,
        ip: "203.0.113.7",
        resetUrl: "https://vigil.example/en/password-reset",
      },
    },
    {
      kind: "auth.sign_in_burst",
      locale,
      payload: {
        name: "Vera",
        email: "vera@vigil.example",
        failures: 12,
        addresses: 3,
        firstAt: "2026-12-01T18:10:00.000Z",
        lastAt: EXPIRES,
        accountUrl: "https://vigil.example/en/dashboard/account",
        resetUrl: "https://vigil.example/en/password-reset",
      },
    },
    {
      kind: "mail.delivery_failing",
      locale,
      payload: {
        failingSince: "2026-12-01T18:10:00.000Z",
        waiting: 23,
        oldestWaitingMinutes: 21,
        lastErrorKind: "unreachable",
        dashboardUrl: "https://vigil.example/en/dashboard",
      },
    },
  ];
}

function sample<K extends MailContent["kind"]>(locale: Locale, kind: K) {
  const found = samples(locale).find((message) => message.kind === kind);
  if (!found) throw new Error(`no sample of ${kind}`);
  return found;
}

function hrefsOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    (match[1] ?? "").replaceAll("&amp;", "&"),
  );
}

describe("e-mail templates", () => {
  for (const locale of ["en", "ru"] as const) {
    for (const message of samples(locale)) {
      it(`${message.kind} in ${locale} has a subject, a text part and an HTML part with the same links`, async () => {
        const mail = await renderMail(message);
        const links = Object.entries(message.payload)
          .filter(([key]) => key.endsWith("Url"))
          .map(([, url]) => url as string);

        expect(mail.subject.length).toBeGreaterThan(5);
        expect(extractLinks(mail.text).sort()).toEqual([...links].sort());
        expect(hrefsOf(mail.html).sort()).toEqual([...links].sort());
        expect(mail.html).toContain(`<html lang="${locale}"`);
        expect(mail.html).toContain(`<title>${mail.subject}</title>`);
        expect(mail.html).not.toMatch(/<img|<script|src=/i);
      });
    }
  }

  it("tells administrators since when mail fails, how much waits and why, in their language", async () => {
    const english = await renderMail(sample("en", "mail.delivery_failing"));
    const russian = await renderMail(sample("ru", "mail.delivery_failing"));

    expect(english.text).toContain("23 messages are waiting; the oldest for 21 minutes.");
    expect(english.text).toContain("the mail server cannot be reached");
    expect(russian.subject).toBe("Vigil не может отправлять почту");
    expect(russian.text).toContain("Ждут отправки 23 письма; самое старое — 21 минуту.");
    expect(russian.text).toContain("почтовый сервер недоступен");
  });

  it("writes Russian e-mails in Russian with the letter's title and the expiry in UTC", async () => {
    const mail = await renderMail(sample("ru", "signature.confirm"));

    expect(mail.subject).toBe("Подтвердите подпись: «Free them all»");
    expect(mail.text).toContain("Здравствуйте, Anna Ivanova!");
    expect(mail.text).toContain("Ссылка действительна до 1 декабря 2026");
    expect(mail.text).toContain("18:30 UTC");
  });

  it("tells an English signer to confirm with the button, until when, and how to withdraw", async () => {
    const mail = await renderMail(sample("en", "signature.confirm"));

    expect(mail.subject).toBe("Confirm your signature: “Free them all”");
    expect(mail.text).toContain("press the confirmation button on the page it opens");
    expect(mail.text).toContain("The link works until December 1, 2026");
    expect(mail.text).toMatch(
      /withdraw your signature with this link:\n\nWithdraw my signature:\nhttps:\/\/vigil\.example\/en\/letters\/free\/withdraw\?token=def/,
    );
  });

  it("calls the signed letter a petition, in both languages (only petitions take signatures)", async () => {
    const english = await renderMail(sample("en", "signature.confirm"));
    const russian = await renderMail(sample("ru", "signature.confirm"));

    expect(english.text).toContain("Thank you for signing the petition “Free them all”.");
    expect(russian.text).toContain("Спасибо, что подписали петицию «Free them all».");
    for (const mail of [english, russian])
      expect(mail.text).not.toMatch(/open letter|открытое письмо/i);
  });

  it("names the invited role in the reader's language", async () => {
    const mail = await renderMail(sample("ru", "auth.invitation"));

    expect(mail.text).toContain(
      "Boris Admin приглашает вас в панель редакторов Vigil. Ваша роль: редактор.",
    );
  });

  it("says nothing changed in the already-signed e-mail and leaves out the withdrawal link when there is none", async () => {
    const mail = await renderMail({
      kind: "signature.already_signed",
      locale: "en",
      payload: { letterTitle: "Free them all", letterUrl: "https://vigil.example/en/letters/free" },
    });

    expect(mail.text).toContain("Nothing has changed");
    expect(extractLinks(mail.text)).toEqual(["https://vigil.example/en/letters/free"]);
  });

  it("escapes a name and a title containing markup in the HTML part and keeps them as text in the plain part", async () => {
    const mail = await renderMail({
      kind: "signature.confirm",
      locale: "en",
      payload: {
        name: `<script>alert("x")</script>`,
        letterTitle: `Tom & Jerry's <b>letter</b>`,
        confirmUrl: "https://vigil.example/confirm?a=1&b=2",
        withdrawUrl: "https://vigil.example/withdraw",
        expiresAt: EXPIRES,
      },
    });

    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>letter");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("Tom &amp; Jerry&#39;s &lt;b&gt;letter&lt;/b&gt;");
    expect(mail.html).toContain('href="https://vigil.example/confirm?a=1&amp;b=2"');
    expect(mail.text).toContain(`Hello <script>alert("x")</script>,`);
  });
});
