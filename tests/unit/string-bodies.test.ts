import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LARGE_STRING_BODY,
  RecentPageBytes,
  sendLargeStringBodiesAsBytes,
} from "../../scripts/lib/string-bodies";

/** A stand-in response that records what reaches its own end(). */
function recordingResponse(cacheControl?: string, recent = new RecentPageBytes()) {
  const calls: unknown[][] = [];
  const response = {
    end(...args: unknown[]) {
      calls.push(args);
      return "ended";
    },
    getHeader: (name: string) => (name === "cache-control" ? cacheControl : undefined),
  };
  sendLargeStringBodiesAsBytes(response as unknown as http.ServerResponse, recent);
  return { response, calls };
}

/** The same text as a distinct string object, as a fresh render would give. */
function copyOf(text: string): string {
  return (" " + text).slice(1);
}

const cyrillicPage = `<p>Мухтар Джакишев — ${"политический заключённый. ".repeat(2_000)}</p>`;

describe("large string bodies go out as bytes", () => {
  it("hands Node a Buffer of the UTF-8 bytes of a large text body", () => {
    const { response, calls } = recordingResponse();
    const done = () => {};
    expect(response.end(cyrillicPage, done)).toBe("ended");
    const [chunk, callback] = calls[0]!;
    expect(Buffer.isBuffer(chunk)).toBe(true);
    expect((chunk as Buffer).toString("utf8")).toBe(cyrillicPage);
    expect(callback).toBe(done);

    response.end(cyrillicPage, "utf-8");
    expect(Buffer.isBuffer(calls[1]![0])).toBe(true);
  });

  it("leaves small bodies, other encodings, buffers and empty ends as they are", () => {
    const { response, calls } = recordingResponse();
    const small = "x".repeat(LARGE_STRING_BODY - 1);
    const latin1 = "é".repeat(LARGE_STRING_BODY);
    const bytes = Buffer.from("bytes");
    response.end(small);
    response.end(latin1, "latin1");
    response.end(bytes);
    response.end();
    expect(calls).toEqual([[small], [latin1, "latin1"], [bytes], []]);
  });

  it("reuses the bytes of a shared page, never those of a private one", () => {
    const recent = new RecentPageBytes();
    const shared = recordingResponse("s-maxage=31536000", recent);
    shared.response.end(cyrillicPage);
    shared.response.end(copyOf(cyrillicPage));
    expect(shared.calls[1]![0]).toBe(shared.calls[0]![0]);
    expect(recent.size.entries).toBe(1);

    for (const header of ["private, no-cache, no-store, max-age=0, must-revalidate", undefined]) {
      const personal = recordingResponse(header, recent);
      const page = cyrillicPage.replace("Мухтар", "Алия");
      personal.response.end(page);
      personal.response.end(page);
      expect(personal.calls[1]![0]).not.toBe(personal.calls[0]![0]);
      expect((personal.calls[1]![0] as Buffer).toString("utf8")).toBe(page);
    }
    expect(recent.size.entries).toBe(1);
  });

  it("tells apart pages of one length, and keeps a few to a length", () => {
    const recent = new RecentPageBytes({ entries: 64, bytes: 64 * 1024 * 1024, perLength: 2 });
    const pages = ["А", "Б", "В"].map((letter) => cyrillicPage.slice(0, -1) + letter);
    const bytes = pages.map((page) => recent.bytesOf(page));
    pages.forEach((page, index) => expect(bytes[index]!.toString("utf8")).toBe(page));
    expect(recent.size.entries).toBe(2);
    expect(recent.bytesOf(copyOf(pages[2]!))).toBe(bytes[2]);
    expect(recent.bytesOf(pages[0]!)).not.toBe(bytes[0]);
  });

  it("holds no more pages or memory than its limits, oldest out first", () => {
    const pages = Array.from({ length: 5 }, (_, index) => `${index}`.repeat(9) + cyrillicPage);
    const pageCost = pages[0]!.length * 2 + Buffer.byteLength(pages[0]!);
    const recent = new RecentPageBytes({ entries: 3, bytes: pageCost * 2.5, perLength: 4 });
    const first = recent.bytesOf(pages[0]!);
    for (const page of pages.slice(1)) recent.bytesOf(page);
    expect(recent.size).toEqual({ entries: 2, bytes: pageCost * 2 });
    expect(recent.bytesOf(pages[4]!)).toBe(recent.bytesOf(pages[4]!));
    expect(recent.bytesOf(pages[0]!)).not.toBe(first);

    const tiny = new RecentPageBytes({ entries: 3, bytes: 1024, perLength: 4 });
    tiny.bytesOf(cyrillicPage);
    expect(tiny.size.entries).toBe(0);
  });

  it("touches only the response it is installed on, never Node's prototypes or Buffer", () => {
    const end = http.ServerResponse.prototype.end;
    const byteLength = Buffer.byteLength;
    recordingResponse();
    expect(http.ServerResponse.prototype.end).toBe(end);
    expect(Buffer.byteLength).toBe(byteLength);
  });

  describe("on a real server", () => {
    let server: http.Server;
    let url: string;
    beforeAll(async () => {
      server = http.createServer((_request, response) => {
        sendLargeStringBodiesAsBytes(response);
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.setHeader("Content-Length", Buffer.byteLength(cyrillicPage));
        response.end(cyrillicPage);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("sends exactly the page, with its headers, on a kept-alive connection", async () => {
      for (let request = 0; request < 3; request++) {
        const response = await fetch(url);
        expect(response.headers.get("content-length")).toBe(
          String(Buffer.byteLength(cyrillicPage)),
        );
        expect(await response.text()).toBe(cyrillicPage);
      }
    });
  });
});
