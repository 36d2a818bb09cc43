import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { Database } from "../../lib/server/db/create-client";

type RunningMailReceiver = { url: string; stop: () => Promise<void> };

/**
 * The project's own SMTP receiver for development, demos and tests: every
 * message it accepts is stored in the CapturedEmail table, where the
 * administrator's mail page and the tests read it.
 */
export async function startMailReceiver(db: Database, port: number): Promise<RunningMailReceiver> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: 30 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          for (const to of recipients) {
            await db.capturedEmail.create({
              data: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
                to,
                subject: parsed.subject ?? "",
                text: parsed.text ?? "",
                html: typeof parsed.html === "string" ? parsed.html : null,
                attachmentNames: parsed.attachments.map((a) => a.filename ?? "attachment"),
                raw,
              },
            });
          }
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
