import type { Translate } from "@/lib/i18n/message";
import type { Refusal } from "@/lib/server/errors";
import type { UploadRefusal } from "@/lib/server/dossier/receive-upload";
import type { FieldErrorItem } from "@/lib/server/http/field-errors";

/** An upload route's answer: the stored file, or why it was refused. */
type UploadResult = {
  status: number;
  body: {
    error?: "upload_refused" | "refused" | "rate_limited" | "invalid" | "not_found" | "unauthenticated" | "unavailable" | "internal";
    detail?: UploadRefusal | Refusal;
    originalName?: string;
    fieldErrors?: FieldErrorItem[];
  };
};

const UPLOAD_REFUSALS: readonly string[] = ["too_large", "empty", "unsupported_type", "active_pdf", "damaged_pdf"] satisfies UploadRefusal[];

/** What to tell the person about a refused upload, with the size limit where it matters. */
export function uploadFailureText(t: Translate, result: UploadResult | null, maxMb: number): string {
  const { error, detail } = result?.body ?? {};
  if (!result) return t("dossier.uploadRefusals.network");
  if (error === "upload_refused" && detail && UPLOAD_REFUSALS.includes(detail)) return t(`dossier.uploadRefusals.${detail as UploadRefusal}`, { max: maxMb });
  if (error === "refused" && detail && !UPLOAD_REFUSALS.includes(detail)) return t(`errors.refusals.${detail as Refusal}`);
  if (error === "rate_limited") return t("dossier.uploadRefusals.rate_limited");
  if (error === "unavailable" || error === "unauthenticated" || error === "not_found") return t(`errors.${error}`);
  return t("dossier.uploadRefusals.other");
}

/** Sends a file as the request body, reporting progress (fetch cannot report upload progress). */
export function uploadFile(url: string, file: File, onProgress: (fraction: number) => void, headers: Record<string, string> = {}): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A body that is not JSON carries no detail.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("network"));
    request.send(file);
  });
}
