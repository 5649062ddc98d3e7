import { describe, expect, it, vi } from "vitest";
import {
  followerLinks,
  followerOfToken,
  followManageUrl,
  followUnsubscribePageUrl,
  followUnsubscribeUrl,
} from "@/lib/follows/follow-links";
import { routing } from "@/lib/i18n/routing";
import { keyedHash } from "@/lib/signing/secret-keys";

// The real keyed hash, counted: a batch of thousands of followers should derive it once each.
vi.mock("@/lib/signing/secret-keys", async (original) => {
  const actual = await original<typeof import("@/lib/signing/secret-keys")>();
  return { ...actual, keyedHash: vi.fn(actual.keyedHash) };
});

const FOLLOWER = "0b7d4c52-3f1e-4a8e-9d61-2c5f0e7a9b13";
const OTHER = "7e2a9c10-5b4d-4f3a-8c21-9d0e6f1b2a34";

describe("a follower's mail links", () => {
  it.each(routing.locales)(
    "made from one token are the links each single function makes (%s)",
    (locale) => {
      expect(followerLinks(FOLLOWER, locale)).toEqual({
        manageUrl: followManageUrl(FOLLOWER, locale),
        unsubscribeUrl: followUnsubscribeUrl(FOLLOWER),
        unsubscribePageUrl: followUnsubscribePageUrl(FOLLOWER, locale),
      });
    },
  );

  it("derive the follower's keyed hash once for all three", () => {
    vi.mocked(keyedHash).mockClear();
    followerLinks(FOLLOWER, "en");
    expect(vi.mocked(keyedHash).mock.calls).toEqual([["follower-link", FOLLOWER]]);
  });

  it("name the follower they were made for, and only that one", () => {
    const links = followerLinks(FOLLOWER, "ru");
    const tokens = Object.values(links).map((url) => new URL(url).pathname.split("/").pop()!);
    expect(tokens.map(followerOfToken)).toEqual([FOLLOWER, FOLLOWER, FOLLOWER]);
    expect(new URL(links.manageUrl).pathname.startsWith("/ru/")).toBe(true);
    expect(followerLinks(OTHER, "ru").manageUrl).not.toBe(links.manageUrl);
  });
});
