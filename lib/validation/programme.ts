import { V } from "./messages";
import { line, recordId } from "./text";
import { z } from "zod";
import { isIscedCode } from "@/lib/domain/programme";
import { text } from "./institution";

/** A department as the administrator creates, renames or archives it; an edit carries the version read. */
export const ZDepartment = z.object({
  id: recordId().optional(),
  version: z.number().int().positive().optional(),
  name: text(120),
  archived: z.boolean(),
});
export type TDepartmentInput = z.input<typeof ZDepartment>;

/** A programme of a department: its EQF level and ISCED-F subject area. */
export const ZProgramme = z.object({
  id: recordId().optional(),
  version: z.number().int().positive().optional(),
  departmentId: recordId(),
  name: text(160),
  eqfLevel: z.coerce.number({ error: V.required }).pipe(z.union([z.literal(6), z.literal(7), z.literal(8)], { error: V.eqfLevel })),
  iscedCode: line().trim().refine(isIscedCode, V.iscedCode),
  archived: z.boolean(),
});
export type TProgrammeInput = z.input<typeof ZProgramme>;
