import "server-only";
import { db } from "@/lib/server/db/client";
import { shortLivedCache } from "@/lib/server/cache/short-lived";

export type HomeInstitution = {
  id: string;
  name: string;
  erasmusCode: string;
  schacCode: string | null;
  countryCode: string;
  city: string;
  website: string | null;
  version: number;
};

const cache = shortLivedCache<HomeInstitution | null>(10_000);

/** The portal serves one institution; should a second row ever exist, every reader takes the same one. */
export const THE_HOME_INSTITUTION = { orderBy: { erasmusCode: "asc" } } as const;

/**
 * The institution the portal serves, public knowledge: its name signs the
 * pages, e-mails and documents. Null on a portal not set up yet.
 */
export function getHomeInstitution(): Promise<HomeInstitution | null> {
  return cache.get("home", () =>
    db.homeInstitution.findFirst({
      ...THE_HOME_INSTITUTION,
      select: { id: true, name: true, erasmusCode: true, schacCode: true, countryCode: true, city: true, website: true, version: true },
    }),
  );
}

/** After an edit: this instance shows the new name at once, the others within seconds. */
export function forgetHomeInstitution(): void {
  cache.forget();
}

/** The name that signs pages and e-mails: the institution's, or the portal's own before set-up. */
export async function homeInstitutionName(fallback: string): Promise<string> {
  return (await getHomeInstitution().catch(() => null))?.name ?? fallback;
}
