import { getCurrentUser } from "@/lib/server/auth/session";
import { grantContractPdf } from "@/lib/server/grants/student-grant";

/** The Erasmus student contract with the awarded amounts, for whoever may read the application. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const pdf = await grantContractPdf(user, (await params).id);
  if (!pdf) return Response.json({ error: "not_found" }, { status: 404 });
  return new Response(Buffer.from(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="erasmus-student-contract.pdf"', "Cache-Control": "private, no-store" },
  });
}
