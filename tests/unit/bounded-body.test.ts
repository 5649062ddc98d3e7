import { describe, expect, it } from "vitest";
import { PayloadTooLargeError } from "@/lib/errors";
import {
  PUBLIC_FORM_BODY_LIMIT_BYTES,
  readBoundedBody,
  readBoundedForm,
} from "@/lib/security/bounded-body";

const LIMIT = PUBLIC_FORM_BODY_LIMIT_BYTES;
const FORM = "application/x-www-form-urlencoded";

/** A streamed body of `chunks` chunks of `size` bytes that counts how many were pulled. */
function countingStream(chunks: number, size: number) {
  const pulled = { chunks: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === chunks) return controller.close();
      pulled.chunks += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulled };
}

function streamed(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/x", {
    method: "POST",
    body: stream,
    headers: { "content-type": FORM, ...headers },
    duplex: "half",
  } as RequestInit);
}

describe("reading a request body within a limit", () => {
  it("parses a form within the limit", async () => {
    const body = new URLSearchParams({ name: "Анна", email: "anna@example.org" });
    const form = await readBoundedForm(
      new Request("http://localhost/api/x", { method: "POST", body }),
    );
    expect(form?.get("name")).toBe("Анна");
  });

  it("refuses a body whose Content-Length is over the limit without reading a byte of it", async () => {
    const { stream, pulled } = countingStream(1_000, 1024);
    const request = streamed(stream, { "content-length": String(200 * 1024 * 1024) });

    await expect(readBoundedForm(request)).rejects.toBeInstanceOf(PayloadTooLargeError);
    // The stream's first pull happens when it is created; nothing was read after that.
    expect(pulled.chunks).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body (no Content-Length) at the first chunk over the limit", async () => {
    const { stream, pulled } = countingStream(100_000, 4096); // 400 MB if read to the end
    await expect(readBoundedForm(streamed(stream))).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(pulled.chunks * 4096).toBeLessThanOrEqual(LIMIT + 3 * 4096);
  });

  it("counts the bytes of a body whose Content-Length understates it", async () => {
    const { stream } = countingStream(64, 1024);
    const request = streamed(stream, { "content-length": "10" });
    await expect(readBoundedBody(request, LIMIT)).rejects.toThrow(`${LIMIT} bytes`);
  });

  it("accepts exactly the limit and refuses one byte more", async () => {
    const exact = await readBoundedBody(
      new Request("http://localhost/", { method: "POST", body: "a".repeat(LIMIT) }),
      LIMIT,
    );
    expect(exact.byteLength).toBe(LIMIT);
    await expect(
      readBoundedBody(
        new Request("http://localhost/", { method: "POST", body: "a".repeat(LIMIT + 1) }),
        LIMIT,
      ),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("answers null (a bad request) for a body that is not a form, or not a well-formed one", async () => {
    const json = new Request("http://localhost/", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await readBoundedForm(json)).toBeNull();
    const broken = new Request("http://localhost/", {
      method: "POST",
      body: "--x\r\nnot a part",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await readBoundedForm(broken)).toBeNull();
  });
});
