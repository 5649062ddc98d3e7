import { describe, expect, it } from "vitest";
import { userAgentLabel } from "@/lib/auth/user-agent-label";

describe("userAgentLabel", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
      "Firefox",
      "Windows",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Safari",
      "macOS",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome",
      "Android",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge",
      "Windows",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1",
      "Chrome",
      "iOS",
    ],
    // Playwright's and Puppeteer's Chromium: automation is worth seeing in the audit log, and its
    // "HeadlessChrome/" token once fell through to the Safari/ at the end ("Safari on Linux").
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36",
      "Headless Chrome",
      "Linux",
    ],
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome",
      "Linux",
    ],
  ])("names %s as %s on %s", (header, browser, system) => {
    expect(userAgentLabel(header)).toEqual({ browser, system, raw: null });
  });

  it("keeps an unrecognised header as it is, shortened, and nothing for none", () => {
    expect(userAgentLabel("curl/8.5.0")).toEqual({
      browser: null,
      system: null,
      raw: "curl/8.5.0",
    });
    expect(userAgentLabel("x".repeat(300)).raw).toHaveLength(80);
    expect(userAgentLabel(null)).toEqual({ browser: null, system: null, raw: null });
  });
});
