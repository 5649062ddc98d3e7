/**
 * A short name for a browser ("Firefox on Windows") from its User-Agent header, for the account
 * page's list of sessions: enough for a person to recognise their own devices. Hand-written
 * because the list needs a dozen patterns, not a parser library's hundreds of kilobytes; an
 * unrecognised header is shown as it is (shortened).
 */
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bYaBrowser\//, "Yandex Browser"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  // Before Chrome: "HeadlessChrome/" has no word boundary before "Chrome", so it would otherwise
  // fall through to the trailing "Safari/" token. Automation is worth naming in the audit log.
  [/\bHeadlessChrome\//, "Headless Chrome"],
  [/\bChrom(?:e|ium)\/|\bCriOS\//, "Chrome"],
  [/\bSafari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bAndroid\b/, "Android"],
  [/\biPhone\b|\biPad\b|\biOS\b/, "iOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

export interface UserAgentLabel {
  browser: string | null;
  system: string | null;
  /** The header itself, shortened, when neither is recognised. */
  raw: string | null;
}

export function userAgentLabel(userAgent: string | null): UserAgentLabel {
  if (!userAgent) return { browser: null, system: null, raw: null };
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return {
    browser,
    system,
    raw: browser || system ? null : userAgent.slice(0, 80),
  };
}
