import { defineRoute } from "@/lib/server/http/define-route";
import { uploadBody } from "@/lib/server/http/upload-body";
import { parseWith } from "@/lib/server/http/read-json";
import { clientAddress } from "@/lib/server/http/client-address";
import { submitIncomingApplication } from "@/lib/server/incoming/submit-incoming-application";
import { ZIncomingApplication } from "@/lib/validation/incoming";

function decodeApplication(header: string | null): unknown {
  if (!header || header.length > 12_000) return null;
  try {
    return JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/**
 * Public: an incoming student's application. The CV is the request body,
 * streamed; the form's fields travel as base64url JSON in `X-Application`,
 * so that they are checked before a byte of the file is read.
 */
export const POST = defineRoute({ access: "public" }, async ({ request, locale }) => {
  const application = parseWith(ZIncomingApplication, decodeApplication(request.headers.get("x-application")));
  const file = uploadBody(request, "cv");
  const { id } = await submitIncomingApplication(application, file, clientAddress(request.headers), locale);
  return Response.json({ id }, { status: 201 });
});
