"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZAnswerIncomingAgreement } from "@/lib/validation/ewp";
import { answerIncomingLearningAgreement } from "@/lib/server/ewp/answer-incoming-learning-agreement";

export const answerIncomingAgreementAction = defineAction(ZAnswerIncomingAgreement, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await answerIncomingLearningAgreement(user, input);
  revalidatePath("/coordinator/incoming-learning-agreements");
  return null;
});
