"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZDepartment, ZProgramme } from "@/lib/validation/programme";
import { saveDepartment } from "@/lib/server/programme/save-department";
import { saveProgramme } from "@/lib/server/programme/save-programme";

export const saveDepartmentAction = defineAction(ZDepartment, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  const saved = await saveDepartment(user, input);
  revalidatePath("/admin/departments");
  return saved;
});

export const saveProgrammeAction = defineAction(ZProgramme, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  const saved = await saveProgramme(user, input);
  revalidatePath("/admin/departments");
  return saved;
});
