import { describe, expect, it } from "vitest";
import { formatEnvelopeAddress } from "@/lib/letters-to-prisoners/envelope-address";

const recipient = {
  names: { en: "Ivan Petrov", ru: "Петров Иван Сергеевич" },
  variants: [],
  birthYear: 1984,
};

describe("the address on the envelope", () => {
  it("lays out a Russian address as Russian Post reads it: recipient, street, town, region, postcode last", () => {
    const address = formatEnvelopeAddress({
      facilityCountryCode: "RU",
      recipient,
      postalAddress:
        "618703, ФКУ ИК-6 ГУФСИН России по Пермскому краю, ул. Лагерная, 1, пос. Мошево, Пермский край",
      countryLine: "Russia",
    });
    expect(address.recipient).toBe("Петров Иван Сергеевич, 1984 г. р.");
    expect(address.lines).toEqual([
      "ФКУ ИК-6 ГУФСИН России по Пермскому краю",
      "ул. Лагерная",
      "1",
      "пос. Мошево",
      "Пермский край",
      "618703",
    ]);
    expect(address.postcode).toBe("618703");
    expect(address.countryLine).toBe("RUSSIA");
    expect(address.script).toBe("cyrillic");
    expect(address.recipientInOtherScript).toBe(false);
  });

  it("keeps the editor's lines and moves a leading postcode of a line to the end", () => {
    const address = formatEnvelopeAddress({
      facilityCountryCode: "BY",
      recipient: { ...recipient, birthYear: null },
      postalAddress: "211440, г. Новополоцк\nул. Техническая, 8\nИК-1",
      countryLine: null,
    });
    expect(address.recipient).toBe("Петров Иван Сергеевич");
    expect(address.lines).toEqual(["г. Новополоцк", "ул. Техническая, 8", "ИК-1", "211440"]);
    expect(address.countryLine).toBeNull();
  });

  it("writes the recipient in Cyrillic for a Kazakh facility even on the English page", () => {
    const address = formatEnvelopeAddress({
      facilityCountryCode: "KZ",
      recipient: {
        names: { en: "Mukhtar Dzhakishev" },
        variants: [{ value: "Джакишев Мухтар", script: "CYRILLIC" }],
        birthYear: null,
      },
      postalAddress: "Учреждение ЕЦ-166/18\nг. Семей\n071400",
      countryLine: "Kazakhstan",
    });
    expect(address.recipient).toBe("Джакишев Мухтар");
    expect(address.lines.at(-1)).toBe("071400");
    expect(address.countryLine).toBe("KAZAKHSTAN");
  });

  it("says when no name in the post's script is known", () => {
    const address = formatEnvelopeAddress({
      facilityCountryCode: "RU",
      recipient: { names: { en: "John Smith" }, variants: [], birthYear: null },
      postalAddress: "ул. Ленина, 1\nг. Москва\n101000",
      countryLine: null,
    });
    expect(address.recipient).toBe("John Smith");
    expect(address.recipientInOtherScript).toBe(true);
  });

  it("leaves addresses of other countries as written, with a Latin recipient", () => {
    const address = formatEnvelopeAddress({
      facilityCountryCode: "US",
      recipient,
      postalAddress: "PO Box 1000\nSpringfield, IL 62701",
      countryLine: "United States",
    });
    expect(address.recipient).toBe("Ivan Petrov (born 1984)");
    expect(address.lines).toEqual(["PO Box 1000", "Springfield, IL 62701"]);
    expect(address.script).toBe("latin");
  });
});
