/**
 * What the institution's identity provider says about a person, read from
 * the claims of its ID token and user-info answer. The claims' names are
 * settings (each provider spells them its own way); values may come as a
 * string or a list. Nothing here is trusted beyond its format: the portal
 * decides what an identity may become (`lib/server/auth/institution-sign-in.ts`).
 */

export type ClaimNames = { email: string; name: string; studentNumber: string; esi: string; affiliation: string };

export type InstitutionIdentity = {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  studentNumber: string | null;
  /** The European Student Identifier, as the Erasmus Without Paper learning agreement carries it. */
  esi: string | null;
  /** "staff" as soon as any staff affiliation is claimed: such a person never becomes a student account by signing in. */
  kind: "student" | "staff" | "unknown";
};

const ESI_PREFIX = "urn:schac:personalUniqueCode:int:esi:";
const STAFF_AFFILIATIONS = ["faculty", "staff", "employee"];
// Control and bidirectional characters: a name or address must read as it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function values(claim: unknown): string[] {
  const list = Array.isArray(claim) ? claim : [claim];
  return list
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.replace(CONTROL, "").trim())
    .filter(Boolean);
}

function email(claim: unknown): string | null {
  const value = values(claim)[0]?.toLowerCase();
  return value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254 ? value : null;
}

export function readIdentity(claims: Record<string, unknown>, names: ClaimNames, trustEmail: boolean): InstitutionIdentity {
  const studentNumber = values(claims[names.studentNumber]).find((v) => /^\d{8}$/.test(v)) ?? null;
  const affiliations = values(claims[names.affiliation]).map((v) => v.toLowerCase().split("@")[0]!);
  const given = [...values(claims.given_name), ...values(claims.family_name)].join(" ");
  const name = (values(claims[names.name])[0] ?? given).slice(0, 120) || null;
  const kind = affiliations.some((a) => STAFF_AFFILIATIONS.includes(a))
    ? "staff"
    : affiliations.includes("student") || (affiliations.length === 0 && studentNumber)
      ? "student"
      : "unknown";
  return {
    subject: values(claims.sub)[0] ?? "",
    email: email(claims[names.email]),
    emailVerified: trustEmail || claims.email_verified === true || claims.email_verified === "true",
    name,
    studentNumber,
    esi: values(claims[names.esi]).find((v) => v.toLowerCase().startsWith(ESI_PREFIX.toLowerCase())) ?? null,
    kind,
  };
}
