import { describe, expect, it } from "vitest";
import { photoCreditText } from "@/components/content/photo-credit";
import { fileSizeText } from "@/components/content/file-size";

const en = (credit: string) => `Photo: ${credit}`;
const ru = (credit: string) => `Фото: ${credit}`;

describe("photo credits", () => {
  it("adds the locale's 'Photo:' to a bare credit", () => {
    expect(photoCreditText("Reuters", en)).toBe("Photo: Reuters");
    expect(photoCreditText("Анна Петрова", ru)).toBe("Фото: Анна Петрова");
  });

  it("does not say 'Photo:' twice when the credit already names its kind", () => {
    expect(photoCreditText("Photo: Reuters", en)).toBe("Photo: Reuters");
    expect(photoCreditText("photo: family archive", en)).toBe("photo: family archive");
    expect(photoCreditText("Фото: семейный архив", ru)).toBe("Фото: семейный архив");
    expect(photoCreditText("Фото семьи", ru)).toBe("Фото семьи");
    expect(photoCreditText("Illustration", en)).toBe("Illustration");
    expect(photoCreditText("Иллюстрация", ru)).toBe("Иллюстрация");
  });

  it("keeps a credit that only begins like a kind ('Photographer X')", () => {
    expect(photoCreditText("Photographers' collective", en)).toBe(
      "Photo: Photographers' collective",
    );
  });
});

describe("file sizes", () => {
  it("says bytes in words and larger sizes in the locale's short units", () => {
    expect(fileSizeText(878, "en")).toBe("878 bytes");
    expect(fileSizeText(1, "en")).toBe("1 byte");
    expect(fileSizeText(878, "ru")).toBe("878 байт");
    expect(fileSizeText(1_234_567, "en")).toBe("1.2 MB");
    expect(fileSizeText(1_234_567, "ru")).toBe("1,2 МБ");
    expect(fileSizeText(12_345, "en")).toBe("12.3 kB");
  });
});
