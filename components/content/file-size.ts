/** "1.2 MB": the size in the largest unit that keeps the number at least 1. */
function sizeParts(bytes: number): { value: number; unit: "byte" | "kilobyte" | "megabyte" } {
  if (bytes >= 1_000_000) return { value: bytes / 1_000_000, unit: "megabyte" };
  if (bytes >= 1_000) return { value: bytes / 1_000, unit: "kilobyte" };
  return { value: bytes, unit: "byte" };
}

/**
 * A file's size in the locale's words and units: "878 bytes" / "878 байт" (the short form of the
 * byte unit is "878 byte" in English and "878 Б" in Russian, neither of which readers expect),
 * "1.2 MB" / "1,2 МБ".
 */
export function fileSizeText(bytes: number, locale: string): string {
  const { value, unit } = sizeParts(bytes);
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: unit === "byte" ? "long" : "short",
    maximumFractionDigits: 1,
  }).format(value);
}
