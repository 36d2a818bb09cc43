import type { Metadata, Viewport } from "next";
import type { Translate } from "@/lib/i18n/translate";

/** What every document's head says, whichever route group renders it. */
export function documentMetadata(t: Translate): Metadata {
  return {
    title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` },
    // The files in public/: browsers also ask for /favicon.ico on their own.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

export const documentViewport: Viewport = { width: "device-width", initialScale: 1 };
