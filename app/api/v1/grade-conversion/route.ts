import { convertGrade } from "@/lib/domain/recognition/grade-conversion";
import { ZGradeConversionRequest } from "@/lib/validation/grade-conversion";
import { defineRoute } from "@/lib/server/http/define-route";
import { readJson } from "@/lib/server/http/read-json";

const MAX_BODY_BYTES = 64 * 1024;

/** Public, for any site: converts a grade between two ECTS grading tables. See README "Grade conversion API". */
export const POST = defineRoute({ access: "public", crossSite: true }, async ({ request }) => {
  const { from, to, grade } = await readJson(request, ZGradeConversionRequest, MAX_BODY_BYTES);
  // The schema refused every table convertGrade could not use.
  const conversion = convertGrade(from, to, grade)!;
  return Response.json(conversion);
});
