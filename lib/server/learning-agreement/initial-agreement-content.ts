import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import type { LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

const EMPTY_CONTENT: LearningAgreementContent = {
  mobility: {
    academicYear: "",
    receivingDepartment: "",
    plannedStartMonth: "",
    plannedEndMonth: "",
    sendingContact: { name: "", email: "" },
    receivingContact: { name: "", email: "" },
  },
  language: { code: "en", level: "B2" },
  components: { studied: [], recognized: [], virtual: [] },
  recognitionCommitment: "",
};

const month = (date: Date) => date.toISOString().slice(0, 7);

/**
 * The draft a new agreement starts from, filled from the application: the
 * year and months of the first choice, the programme's coordinator, the
 * host's coordinator when the portal knows one, and the student's level in
 * the host's language.
 */
export async function initialAgreementContent(user: CurrentUser, applicationId: string): Promise<LearningAgreementContent> {
  const application = await db.outgoingApplication.findFirst({
    where: { id: applicationId, studentId: user.id },
    select: {
      round: { select: { academicYear: true } },
      programme: {
        select: { department: { select: { coordinators: { where: { role: "DEPARTMENTAL_COORDINATOR" }, select: { name: true, email: true }, take: 1 } } } },
      },
      languageSkills: { select: { language: true, level: true } },
      placeOffers: HELD_PLACE_SELECT,
      choices: {
        orderBy: { rank: "asc" },
        select: {
          partnerInstitutionId: true,
          startDate: true,
          endDate: true,
          partnerInstitution: {
            select: { languagesOfInstruction: true, coordinators: { where: { role: "HOST_COORDINATOR" }, select: { name: true, email: true }, take: 1 } },
          },
        },
      },
    },
  });
  if (!application) throw new AppError("not_found");
  const choice = mobilityChoice(application.choices, application.placeOffers);
  const sending = application.programme?.department.coordinators[0];
  const receiving = choice?.partnerInstitution.coordinators[0];
  const skill = application.languageSkills.find((l) => choice?.partnerInstitution.languagesOfInstruction.includes(l.language)) ?? application.languageSkills[0];
  return {
    ...EMPTY_CONTENT,
    mobility: {
      ...EMPTY_CONTENT.mobility,
      academicYear: application.round.academicYear,
      plannedStartMonth: choice ? month(choice.startDate) : "",
      plannedEndMonth: choice ? month(choice.endDate) : "",
      sendingContact: sending ?? EMPTY_CONTENT.mobility.sendingContact,
      receivingContact: receiving ?? EMPTY_CONTENT.mobility.receivingContact,
    },
    language: skill ? { code: skill.language, level: skill.level } : EMPTY_CONTENT.language,
  };
}
