"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZDecision, ZNote, ZPieceReview } from "@/lib/validation/review";
import { ZBulkTransition } from "@/lib/validation/application-filters";
import { reviewPiece } from "@/lib/server/dossier/review-piece";
import { decideApplication, decideApplications } from "@/lib/server/application/decide-application";
import { addNote } from "@/lib/server/coordinator/add-note";
import { COORDINATOR_ROLES } from "@/lib/domain/roles";

const dossierPath = (id: string) => `/coordinator/applications/${id}`;

export const reviewPieceAction = defineAction(ZPieceReview, { roles: COORDINATOR_ROLES }, async (input, user) => {
  const version = await reviewPiece(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return { version };
});

export const decideAction = defineAction(ZDecision, { roles: COORDINATOR_ROLES }, async (input, user) => {
  const version = await decideApplication(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return { version };
});

export const bulkDecideAction = defineAction(ZBulkTransition, { roles: COORDINATOR_ROLES }, async (input, user) => {
  const outcomes = await decideApplications(user, input.applications, input.to, input.reason);
  revalidatePath("/coordinator");
  return outcomes;
});

export const addNoteAction = defineAction(ZNote, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await addNote(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return null;
});
