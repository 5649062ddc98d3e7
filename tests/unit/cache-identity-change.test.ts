import { describe, expect, it } from "vitest";
import type { DatabaseIdentity } from "@/lib/cache/database-identity";
import {
  compareWalLsn,
  findIdentityChange,
  nextCacheOwner,
  type CacheOwner,
} from "@/lib/cache/identity-change";

const demo: DatabaseIdentity = {
  systemIdentifier: "7715901048473504820",
  timeline: 1,
  databaseOid: "16384",
  databaseName: "vigil",
  address: "127.0.0.1:54329",
  walLsn: "0/22CCD30",
};

function ownedBy(identity: DatabaseIdentity, highestWalLsn = identity.walLsn): CacheOwner {
  return { identity, highestWalLsn };
}

describe("whether a cache may be served on a database", () => {
  it("a cache made on the same database, which has written since, is kept", () => {
    expect(findIdentityChange(ownedBy(demo), { ...demo, walLsn: "1/00000010" })).toBeNull();
  });

  it("a cache that records no database is discarded", () => {
    expect(findIdentityChange(null, demo)).toMatch(/nothing records/);
  });

  it("a cache made on another cluster is discarded, naming both databases", () => {
    const other = { ...demo, systemIdentifier: "7715901049851116613" };
    const reason = findIdentityChange(ownedBy(demo), other);
    expect(reason).toContain("7715901048473504820");
    expect(reason).toContain("7715901049851116613");
  });

  it("a cache made on another database of the same cluster is discarded", () => {
    const other = { ...demo, databaseOid: "16999", databaseName: "vigil_e2e_1a2b3c4d" };
    expect(findIdentityChange(ownedBy(demo), other)).toMatch(/oid 16999/);
  });

  it("a renamed database is the same database", () => {
    expect(findIdentityChange(ownedBy(demo), { ...demo, databaseName: "vigil_old" })).toBeNull();
  });

  it("without the system identifier, another server address is another database", () => {
    const hidden = { ...demo, systemIdentifier: null, timeline: null };
    expect(findIdentityChange(ownedBy(hidden), hidden)).toBeNull();
    expect(
      findIdentityChange(ownedBy(hidden), { ...hidden, address: "db.example.org:5432" }),
    ).not.toBeNull();
  });

  it("a new timeline (point-in-time restore, promoted standby) discards the cache", () => {
    expect(findIdentityChange(ownedBy(demo), { ...demo, timeline: 2 })).toMatch(/timeline 1 to 2/);
  });

  it("a log position behind the highest seen (a restore from a backup) discards the cache", () => {
    const owner = ownedBy(demo, "0/9000000");
    expect(findIdentityChange(owner, { ...demo, walLsn: "0/8FFFFFF" })).toMatch(
      /restored from a backup/,
    );
  });
});

describe("the record kept after a check", () => {
  it("keeps the highest log position seen on the same database", () => {
    const owner = ownedBy(demo, "0/9000000");
    expect(nextCacheOwner(owner, { ...demo, walLsn: "0/9000100" }).highestWalLsn).toBe("0/9000100");
  });

  it("starts afresh from the current position on another database", () => {
    const other = { ...demo, databaseOid: "17000", walLsn: "0/100" };
    expect(nextCacheOwner(ownedBy(demo, "5/0"), other)).toEqual(ownedBy(other, "0/100"));
  });
});

describe("log positions", () => {
  it("are ordered by both halves, as numbers", () => {
    expect(compareWalLsn("1/0", "0/FFFFFFFF")).toBe(1);
    expect(compareWalLsn("0/A", "0/9")).toBe(1);
    expect(compareWalLsn("16/B374D848", "16/b374d848")).toBe(0);
    expect(compareWalLsn("0/10", "0/100")).toBe(-1);
  });

  it("refuse what is not a log position", () => {
    expect(() => compareWalLsn("16-B374D848", "0/1")).toThrow(/write-ahead log position/);
  });
});
