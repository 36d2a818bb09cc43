import type { ReactNode } from "react";
import "./globals.css";

// Each route group renders its own document: `(site)` per request, with the
// reader's language and account; `[locale]` from the static cache.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
