import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { grantContractPdf } from "@/lib/server/grant/grant-contract-pdf";
import { AppError } from "@/lib/server/errors";

/** The Erasmus student contract with the awarded amounts, for whoever may read the application. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user }) => {
  const pdf = await grantContractPdf(user, params.id);
  if (!pdf) throw new AppError("not_found");
  return downloadResponse(Buffer.from(pdf), { contentType: "application/pdf", name: "erasmus-student-contract.pdf" });
});
