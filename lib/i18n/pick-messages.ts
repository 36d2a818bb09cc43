import type { Locale } from "./locales";
import { catalogues, type Messages } from "./translate";

/** The namespaces of a catalogue that a client component tree needs. */
export function pickMessages(locale: Locale, namespaces: Array<keyof Messages>): Record<string, unknown> {
  const catalogue = catalogues[locale];
  return Object.fromEntries(namespaces.map((ns) => [ns, catalogue[ns]]));
}
