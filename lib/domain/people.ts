/** How a person is named on screens, e-mails and documents. */
type PersonName = { firstName?: string | null; lastName?: string | null };

/**
 * "First Last" as the person wrote it in their application, or the account's
 * name (or e-mail) until they have; `lastNameFirst` gives "LAST First", the
 * order lists are sorted in.
 */
export function displayName(person: PersonName, fallback: string, { lastNameFirst = false }: { lastNameFirst?: boolean } = {}): string {
  const first = person.firstName?.trim();
  const last = person.lastName?.trim();
  const parts = lastNameFirst ? [last?.toUpperCase(), first] : [first, last];
  return parts.filter(Boolean).join(" ") || fallback;
}

/**
 * A name held in one piece (a contact the learning agreement names) cut the
 * way Erasmus Without Paper asks for it: the last word is the family name,
 * the words before it the given names. A name of one word is a family name.
 */
export function splitFullName(fullName: string): { givenNames: string; familyName: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const familyName = words.pop() ?? "";
  return { givenNames: words.join(" "), familyName };
}

/**
 * The student's European Student Identifier: the one their institution's
 * sign-in gave, else the one the ESI scheme makes of the home institution's
 * SCHAC code and the student's local identifier (their student number, or
 * their account's id).
 */
export function europeanStudentIdentifier(student: { esi: string | null; studentNumber: string | null; accountId: string }, homeSchacCode: string): string {
  return student.esi ?? `urn:schac:personalUniqueCode:int:esi:${homeSchacCode}:${student.studentNumber ?? student.accountId}`;
}
