import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/server";
import { SiteShell } from "@/components/layout/site-shell";
import { documentMetadata, documentViewport } from "@/components/layout/document-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata((await getTranslator()).t);
}

export const viewport = documentViewport;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
