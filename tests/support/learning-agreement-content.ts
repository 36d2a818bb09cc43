import type { LearningAgreementContent } from "@/lib/domain/learning-agreement/content";

const THIRTY_ECTS: LearningAgreementContent["components"] = {
  studied: [
    { id: "a", losCode: "DV1", title: "Distributed systems", term: "AUTUMN", credits: 15 },
    { id: "b", losCode: "DV2", title: "Compilers", term: "AUTUMN", credits: 15 },
  ],
  recognized: [{ id: "r", losCode: "M1-S1", title: "Semester 1 of the master", term: "AUTUMN", credits: 30 }],
  virtual: [],
};

/** A complete first version, by default 30 ECTS studied and 30 recognised, the host coordinator at `hostEmail`. */
export function agreementContent(hostEmail = "anna@host.test", components = THIRTY_ECTS): LearningAgreementContent {
  return {
    mobility: {
      academicYear: "2027-2028",
      receivingDepartment: "Computer science",
      plannedStartMonth: "2027-09",
      plannedEndMonth: "2028-01",
      sendingContact: { name: "Jean Dupont", email: "jean@home.test" },
      receivingContact: { name: "Anna Lindqvist", email: hostEmail },
    },
    language: { code: "en", level: "B2" },
    components,
    recognitionCommitment: "The home university recognises the 30 ECTS of table A as semester 1.",
  };
}
