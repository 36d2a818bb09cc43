import type { Translate } from "@/lib/i18n/translate";
import { checkAnswerable, type VersionRefusal, type VersionState } from "./versions";

/** The three parties of a learning agreement, in the order they usually sign. */
export const PARTIES = ["STUDENT", "SENDING", "RECEIVING"] as const;
export type Party = (typeof PARTIES)[number];

type SignatureRecord = { party: Party; contentHash: string };

/** Signatures that still stand for a version: made on exactly its text. */
export function validSignatures(versionHash: string, signatures: SignatureRecord[]): SignatureRecord[] {
  return signatures.filter((s) => s.contentHash === versionHash);
}

/** A version is agreed once all three parties have signed its exact text. */
export function isAgreed(versionHash: string, signatures: SignatureRecord[]): boolean {
  const signed = new Set(validSignatures(versionHash, signatures).map((s) => s.party));
  return PARTIES.every((party) => signed.has(party));
}

type SignRefusal = VersionRefusal | "already_signed" | "student_first";

/**
 * Whether `party` may sign the version now. A signer names the hash of the
 * text they read: if the text changed since, they must review it again.
 */
export function checkSignature(
  version: { state: VersionState; contentHash: string },
  party: Party,
  seenHash: string,
  signatures: SignatureRecord[],
): { ok: true } | { ok: false; reason: SignRefusal } {
  const answerable = checkAnswerable(version, seenHash);
  if (!answerable.ok) return answerable;
  const signed = new Set(validSignatures(version.contentHash, signatures).map((s) => s.party));
  if (signed.has(party)) return { ok: false, reason: "already_signed" };
  if (party !== "STUDENT" && !signed.has("STUDENT")) return { ok: false, reason: "student_first" };
  return { ok: true };
}

/** A change proposal is possible after arrival, within the round's window counted from the arrival date. */
export function changeWindowOpen(arrivedAt: Date | null, windowDays: number, now: Date): boolean {
  if (!arrivedAt) return false;
  return now.getTime() <= arrivedAt.getTime() + windowDays * 86_400_000;
}

/**
 * The positions the portal writes for its own signers. They are stored in
 * English, as signed; readers see them in their language. A host signer's
 * position is what they typed, shown as typed.
 */
export const PORTAL_POSITIONS = {
  student: "Student",
  departmentalCoordinator: "Departmental ECTS coordinator",
  institutionalCoordinator: "Institutional coordinator",
} as const;
type PortalPosition = keyof typeof PORTAL_POSITIONS;

/** A signer's position in the reader's language when the portal wrote it, else as the signer typed it. */
export function positionLabel(stored: string, t: Translate): string {
  const key = (Object.keys(PORTAL_POSITIONS) as PortalPosition[]).find((k) => PORTAL_POSITIONS[k] === stored);
  return key ? t(`learningAgreement.positions.${key}`) : stored;
}
