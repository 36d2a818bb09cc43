import { NS, xmlDocument } from "./namespaces";

export type InstitutionInput = { schacCode: string; erasmusCode: string; name: string; website: string | null; factsheetUrl: string; ounitIds: string[] };

/** Institutions v2: the home institution when it is the one asked for (an unknown `hei_id` is simply left out, as the spec says). */
export function institutionsResponseXml(institution: InstitutionInput | null): string {
  return xmlDocument({
    "institutions-response": {
      "@xmlns": NS.institutions,
      "@xmlns:r": NS.registry,
      hei: institution
        ? [
            {
              "hei-id": institution.schacCode,
              "other-id": { "@type": "erasmus", "#": institution.erasmusCode },
              name: institution.name,
              "website-url": institution.website ? [institution.website] : [],
              "mobility-factsheet-url": institution.factsheetUrl,
              "ounit-id": institution.ounitIds,
            },
          ]
        : [],
    },
  });
}
