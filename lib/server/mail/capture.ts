import "server-only";
import { env } from "@/lib/server/env";

/** True when the project's own SMTP receiver captures the mail (development, demo, tests). */
export function mailCaptureEnabled(): boolean {
  return env().MAIL_CAPTURE === "on";
}
