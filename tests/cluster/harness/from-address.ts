import http from "node:http";

/**
 * A POST sent from a loopback address of its own (127.1.x.y: Linux answers for all of 127/8),
 * so that nginx sees, and writes into X-Forwarded-For, a different client for each submission,
 * as on the Internet. fetch cannot choose its source address; node:http can. The answer is a
 * Response with its status and headers; its body is read and dropped.
 */
export function postFromAddress(url: string, init: RequestInit, n: number): Promise<Response> {
  const body = String(init.body ?? "");
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        localAddress: `127.1.${(n >> 8) & 255}.${n & 255 || 1}`,
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        signal: init.signal ?? undefined,
        agent: false,
      },
      (answer) => {
        answer.resume();
        answer.once("end", () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(answer.headers)) {
            for (const item of Array.isArray(value) ? value : [value ?? ""]) {
              responseHeaders.append(name, item);
            }
          }
          resolve(new Response(null, { status: answer.statusCode ?? 0, headers: responseHeaders }));
        });
        answer.once("error", reject);
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}
