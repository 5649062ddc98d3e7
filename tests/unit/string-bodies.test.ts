import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EncodedBodies,
  LARGE_STRING_BODY,
  sendLargeStringBodiesAsBytes,
} from "@/lib/server/string-bodies";

/**
 * Stand-ins for the response prototype and Buffer that record what reaches Node's own end() and
 * byteLength().
 */
function recordingTargets() {
  const calls: unknown[][] = [];
  const measured: unknown[][] = [];
  const target = {
    end(...args: unknown[]) {
      calls.push(args);
      return "ended";
    },
  };
  const buffer = {
    byteLength(...args: unknown[]) {
      measured.push(args);
      return Buffer.byteLength(...(args as [string, BufferEncoding]));
    },
  };
  sendLargeStringBodiesAsBytes({ response: target, buffer });
  return { target, calls, buffer, measured };
}

const cyrillicPage = `<p>Мухтар Джакишев — ${"политический заключённый. ".repeat(2_000)}</p>`;

describe("large string bodies go out as bytes", () => {
  it("hands Node a Buffer of the UTF-8 bytes of a large text body", () => {
    const { target, calls } = recordingTargets();
    const done = () => {};
    expect(target.end(cyrillicPage, done)).toBe("ended");
    const [chunk, callback] = calls[0]!;
    expect(Buffer.isBuffer(chunk)).toBe(true);
    expect((chunk as Buffer).toString("utf8")).toBe(cyrillicPage);
    expect(callback).toBe(done);

    target.end(cyrillicPage, "utf-8");
    expect(Buffer.isBuffer(calls[1]![0])).toBe(true);
  });

  it("leaves small bodies, other encodings, buffers and empty ends as they are", () => {
    const { target, calls } = recordingTargets();
    const small = "x".repeat(LARGE_STRING_BODY - 1);
    const latin1 = "é".repeat(LARGE_STRING_BODY);
    const bytes = Buffer.from("bytes");
    target.end(small);
    target.end(latin1, "latin1");
    target.end(bytes);
    target.end();
    expect(calls).toEqual([[small], [latin1, "latin1"], [bytes], []]);
  });

  it("patches a prototype once, however often it is installed", () => {
    const { target, calls, buffer, measured } = recordingTargets();
    sendLargeStringBodiesAsBytes({ response: target, buffer });
    target.end(cyrillicPage);
    expect(calls).toHaveLength(1);
    buffer.byteLength("ж");
    expect(measured).toHaveLength(1);
  });

  it("measures a large body sent before from its kept bytes, and any other text as Node does", () => {
    const { target, buffer, measured } = recordingTargets();
    const bytes = Buffer.byteLength(cyrillicPage);
    expect(buffer.byteLength(cyrillicPage)).toBe(bytes); // not sent yet: Node counts
    target.end(cyrillicPage);
    expect(buffer.byteLength(cyrillicPage)).toBe(bytes);
    expect(buffer.byteLength(cyrillicPage, "utf8")).toBe(bytes);
    expect(buffer.byteLength(cyrillicPage, "latin1")).toBe(cyrillicPage.length);
    expect(buffer.byteLength("жж")).toBe(4);
    expect(measured).toEqual([[cyrillicPage], [cyrillicPage, "latin1"], ["жж"]]);
  });

  it("encodes a page once and keeps recent pages' bytes within a size limit", () => {
    const page = (n: number) => `${n}`.padEnd(1_000, "ж"); // 1,999 bytes each
    const bodies = new EncodedBodies(5_000);
    const first = bodies.get(page(1));
    expect(bodies.get(page(1))).toBe(first);
    bodies.get(page(2));
    bodies.get(page(1)); // now the most recently used
    bodies.get(page(3)); // over the limit: page 2 goes
    expect(bodies.size).toBe(2 * 1_999);
    expect(bodies.get(page(1))).toBe(first);
    expect(bodies.get(page(3)).toString("utf8")).toBe(page(3));
    expect(new EncodedBodies(1_000).get(page(4)).toString("utf8")).toBe(page(4));
  });

  describe("on a real server", () => {
    let server: http.Server;
    let url: string;
    beforeAll(async () => {
      sendLargeStringBodiesAsBytes();
      server = http.createServer((_request, response) => {
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
