import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { ComponentChange, LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { europeanStudentIdentifier } from "@/lib/domain/people";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { AGREEMENT_SELECT } from "@/lib/server/learning-agreement/get-agreement";
import { learningAgreementElement, type EwpLearningAgreementInput } from "../documents/learning-agreement";

const SELECT = {
  id: true,
  applicationId: true,
  createdAt: true,
  application: {
    select: {
      firstName: true,
      lastName: true,
      birthDate: true,
      nationality: true,
      student: { select: { id: true, email: true, name: true, studentNumber: true, europeanStudentIdentifier: true } },
      programme: {
        select: { eqfLevel: true, iscedCode: true, department: { select: { id: true, name: true, homeInstitution: { select: { schacCode: true } } } } },
      },
      choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, partnerInstitution: { select: { schacCode: true } } } },
      placeOffers: HELD_PLACE_SELECT,
    },
  },
  versions: AGREEMENT_SELECT.versions,
} satisfies Prisma.LearningAgreementSelect;

type Row = Prisma.LearningAgreementGetPayload<{ select: typeof SELECT }>;

/** An outgoing learning agreement as EWP sees it, with who may see it and when it last changed. */
export type OutgoingLearningAgreement = {
  id: string;
  /** The outgoing mobility it belongs to, as EWP names it in every API: the application's id. */
  omobilityId: string;
  receivingHeiId: string | null;
  academicYear: string | null;
  globalId: string | null;
  modifiedAt: Date;
  versions: EwpLearningAgreementInput["versions"];
  element: ReturnType<typeof learningAgreementElement>;
};

function toOutgoing(row: Row): OutgoingLearningAgreement {
  const { application } = row;
  const partner = mobilityChoice(application.choices, application.placeOffers)?.partnerInstitution;
  const versions = row.versions.map((v) => ({
    ...v,
    content: v.content as LearningAgreementContent,
    changes: (v.changes as ComponentChange[] | null) ?? null,
  }));
  const department = application.programme?.department;
  const homeSchacCode = department?.homeInstitution.schacCode;
  const globalId = homeSchacCode
    ? europeanStudentIdentifier(
        { esi: application.student.europeanStudentIdentifier, studentNumber: application.student.studentNumber, accountId: application.student.id },
        homeSchacCode,
      )
    : null;
  const times = row.versions.flatMap((v) => [v.createdAt, ...v.signatures.map((s) => s.signedAt), ...v.rejections.map((r) => r.createdAt)]);
  const element =
    partner?.schacCode && department?.homeInstitution.schacCode && application.programme
      ? learningAgreementElement({
          omobilityId: row.applicationId,
          sending: { heiId: department.homeInstitution.schacCode, ounitId: department.id, ounitName: department.name },
          receiving: { heiId: partner.schacCode },
          student: {
            givenNames: application.firstName ?? "",
            familyName: application.lastName ?? application.student.name,
            globalId,
            birthDate: application.birthDate,
            citizenship: application.nationality,
            email: application.student.email,
          },
          eqfLevel: application.programme.eqfLevel,
          // ISCED-F "0000" is the classification's own "generic programmes": a programme without its code set reads as one.
          iscedCode: application.programme.iscedCode ?? "0000",
          versions,
        })
      : null;
  return {
    id: row.id,
    omobilityId: row.applicationId,
    receivingHeiId: partner?.schacCode ?? null,
    academicYear: versions.at(-1)?.content.mobility.academicYear ?? null,
    globalId,
    modifiedAt: new Date(Math.max(row.createdAt.getTime(), ...times.map((t) => t.getTime()))),
    versions,
    element,
  };
}

/**
 * The home institution's outgoing learning agreements that EWP can carry (a
 * receiving institution with a SCHAC code, something signed to show), that a
 * caller covering `heiIds` may see: those going to one of its institutions, or
 * all of them for the home institution's own key.
 */
export async function outgoingLearningAgreements(heiIds: string[], where: Prisma.LearningAgreementWhereInput = {}): Promise<OutgoingLearningAgreement[]> {
  const rows = await db.learningAgreement.findMany({ where, select: SELECT, orderBy: { createdAt: "asc" } });
  return rows.map(toOutgoing).filter((la) => la.element && (heiIds.includes(la.receivingHeiId!) || heiIds.includes(la.element["sending-hei"]["hei-id"])));
}
