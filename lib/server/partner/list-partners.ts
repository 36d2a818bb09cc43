import "server-only";
import { db } from "@/lib/server/db/client";

type PartnerSummary = {
  id: string;
  name: string;
  erasmusCode: string;
  countryCode: string;
  city: string;
  languagesOfInstruction: string[];
};

/** Partner institutions are public knowledge: anyone may list them. */
export async function listPartners(): Promise<PartnerSummary[]> {
  return db.partnerInstitution.findMany({
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    select: { id: true, name: true, erasmusCode: true, countryCode: true, city: true, languagesOfInstruction: true },
  });
}
