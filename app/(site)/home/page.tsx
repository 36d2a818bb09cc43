import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import { homePathFor } from "@/lib/domain/roles";

/** Where sign-in lands: each role's own home. */
export default async function RoleHomeRedirect() {
  const user = await requireUser();
  redirect(homePathFor(user.role));
}
