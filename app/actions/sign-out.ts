"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { signOutDestination } from "@/lib/server/auth/institution-sign-out";

// Public: it reads only the caller's own session cookie, and answers null without one.
export const signOutDestinationAction = defineAction(z.object({}), { public: true }, async () => signOutDestination());
