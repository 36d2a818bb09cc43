"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Starts the sign-in at the institution's identity provider, coming back to `returnTo`. */
export function InstitutionSignInButton({ label, returnTo }: { label: string; returnTo?: string }) {
  return (
    <Button type="button" className="w-full" onClick={() => signIn("institution", { callbackUrl: returnTo ?? "/home" })}>
      {label}
    </Button>
  );
}
