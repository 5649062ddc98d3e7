import type { ReactNode } from "react";
import { getCspNonce } from "@/lib/security/nonce";
import "./globals.css";

/**
 * The document (<html lang>) is rendered by app/[locale]/layout.tsx, which knows the locale; this
 * layout exists for the root not-found page and the global stylesheet.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request headers renders every page per request, which a nonce-based CSP needs:
  // Next.js takes the nonce from the CSP request header set in proxy.ts and puts it on its scripts.
  await getCspNonce();
  return children;
}
