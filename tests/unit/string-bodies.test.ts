import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGE_STRING_BODY, sendLargeStringBodiesAsBytes } from "../../scripts/lib/string-bodies";

/** A stand-in response that records what reaches its own end(). */
function recordingResponse() {
  const calls: unknown[][] = [];
  const response = {
    end(...args: unknown[]) {
      calls.push(args);
      return "ended";
    },
  };
  sendLargeStringBodiesAsBytes(response as unknown as http.ServerResponse);
  return { response, calls };
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
