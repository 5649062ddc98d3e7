import type { ReactNode } from "react";
import "./globals.css";

/**
 * The document (<html lang>) is rendered by app/[locale]/layout.tsx, which knows the locale; this
 * layout exists for the root not-found page and the global stylesheet.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
