import type { Metadata, Viewport } from "next";
import type { Translate } from "@/lib/i18n/translate";

/** What every document's head says, whichever route group renders it. */
export function documentMetadata(t: Translate): Metadata {
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` } };
}

export const documentViewport: Viewport = { width: "device-width", initialScale: 1 };
