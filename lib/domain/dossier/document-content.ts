/**
 * What an uploaded document is, judged by its bytes, never by its name or
 * the browser's claim. Only PDF, JPEG and PNG are accepted.
 */
export type DocumentType = "application/pdf" | "image/jpeg" | "image/png";

export const SNIFF_BYTES = 16;

export function detectDocumentType(head: Uint8Array): DocumentType | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  return null;
}

/** A user's file name made safe to show and to offer in a download: no path, no control characters. */
export function safeDisplayName(name: string, type: DocumentType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    // Control characters, the characters file systems refuse, and the bidirectional
    // controls that make "cod\u202Efdp.exe" read as "codexe.pdf".
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 120);
  const extension = type === "application/pdf" ? ".pdf" : type === "image/png" ? ".png" : ".jpg";
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "document";
  return `${stem}${extension}`;
}
