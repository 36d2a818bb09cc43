import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/server/env";

let transporter: Transporter | undefined;
let smtpUrlOverride: string | undefined;

/** Tests point the mailer at another server (a closed port, to see the outbox retry). */
export function useSmtpUrl(url: string | undefined): void {
  smtpUrlOverride = url;
  transporter = undefined;
}

function getTransporter(): Transporter {
  transporter ??= nodemailer.createTransport(smtpUrlOverride ?? env().SMTP_URL, {
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
  });
  return transporter;
}

export async function sendMail(message: {
  to: string;
  subject: string;
  text: string;
  attachments?: Array<{ filename: string; contentType: string; contentBase64: string }>;
}): Promise<void> {
  await getTransporter().sendMail({
    from: env().MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    attachments: message.attachments?.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, "base64"),
    })),
  });
}
