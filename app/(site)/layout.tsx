import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/server";
import { SiteShell } from "@/components/layout/site-shell";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
