import { DOMParser, type Element } from "@xmldom/xmldom";
import { childElement as child, childElements as children, childText as text } from "./dom";

export type ReadComponent = { table: "studied" | "recognized" | "virtual"; title: string; credits: string; status: string | null; reason: string | null };
export type ReadSignature = { name: string; position: string; at: string };
export type ReadVersion = { components: ReadComponent[]; student: ReadSignature | null; sending: ReadSignature | null; receiving: ReadSignature | null };

/** A partner's learning agreement as the receiving institution's staff read it. */
export type ReadLearningAgreement = {
  student: { name: string; email: string };
  sending: { heiId: string; ounitName: string; contact: string };
  academicYear: string;
  period: string;
  firstVersion: ReadVersion | null;
  approvedChanges: ReadVersion | null;
  proposal: (ReadVersion & { id: string }) | null;
};

const TABLES = { "components-studied": "studied", "components-recognized": "recognized", "virtual-components": "virtual" } as const;

function signature(element: Element | undefined): ReadSignature | null {
  return element ? { name: text(element, "signer-name"), position: text(element, "signer-position"), at: text(element, "timestamp") } : null;
}

function version(element: Element | undefined): ReadVersion | null {
  if (!element) return null;
  return {
    components: Object.entries(TABLES).flatMap(([list, table]) =>
      children(child(element, list), "component").map((c) => ({
        table,
        title: text(c, "title"),
        credits: text(child(c, "credit"), "value"),
        status: c.getAttribute("status") || null,
        reason: c.getAttribute("reason-text") || c.getAttribute("reason-code") || null,
      })),
    ),
    student: signature(child(element, "student-signature")),
    sending: signature(child(element, "sending-hei-signature")),
    receiving: signature(child(element, "receiving-hei-signature")),
  };
}

/** Reads the `la` element of an OMobility LAs `get` answer, as stored when it was received. */
export function readLearningAgreement(document: string): ReadLearningAgreement {
  const la = new DOMParser().parseFromString(document, "text/xml").documentElement!;
  const student = child(la, "student");
  const sending = child(la, "sending-hei");
  const contact = child(sending, "contact-person");
  const proposal = child(la, "changes-proposal");
  return {
    student: { name: `${text(student, "given-names")} ${text(student, "family-name")}`.trim(), email: text(student, "email") },
    sending: {
      heiId: text(sending, "hei-id"),
      ounitName: text(sending, "ounit-name"),
      contact: `${text(contact, "given-names")} ${text(contact, "family-name")} <${text(contact, "email")}>`,
    },
    academicYear: text(la, "receiving-academic-year-id"),
    period: `${text(la, "start-year-month") || text(la, "start-date")} → ${text(la, "end-year-month") || text(la, "end-date")}`,
    firstVersion: version(child(la, "first-version")),
    approvedChanges: version(child(la, "approved-changes")),
    proposal: proposal ? { id: proposal.getAttribute("id") ?? "", ...version(proposal)! } : null,
  };
}
