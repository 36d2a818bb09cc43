import { defineRoute } from "@/lib/server/http/define-route";
import { grantContractPdf } from "@/lib/server/grant/grant-contract-pdf";
import { AppError } from "@/lib/server/errors";

/** The Erasmus student contract with the awarded amounts, for whoever may read the application. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user }) => {
  const pdf = await grantContractPdf(user, params.id);
  if (!pdf) throw new AppError("not_found");
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="erasmus-student-contract.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
});
