import "server-only";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from "pdf-lib";

/*
 * Policy: a PDF that can run code, open other files or send data when read
 * (JavaScript, launch and submit actions, additional actions, embedded
 * files, rich media, XFA forms) is refused. The file is parsed, not scanned:
 * names are compared decoded (`/J#61vaScript` is `/JavaScript`) and the
 * objects of compressed object streams are read like the others.
 */

const ACTIVE_KEYS = new Set(["JavaScript", "JS", "AA", "EmbeddedFiles", "EmbeddedFile", "RichMedia", "XFA"]);
const ACTIVE_ACTIONS = new Set(["JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "RichMediaExecute", "Rendition"]);

/** Why a PDF is refused — the first active name found — or null when none is; "unreadable" when it cannot be parsed. */
export async function pdfActiveContent(bytes: Uint8Array): Promise<string | null> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return "unreadable";
  }
  // A file with no document catalogue has nothing a reader could show.
  if (!((pdf.catalog as unknown) instanceof PDFDict)) return "unreadable";
  const seen = new Set<PDFObject>();
  const inspect = (object: PDFObject): string | null => {
    if (seen.has(object)) return null;
    seen.add(object);
    const dict = object instanceof PDFStream ? object.dict : object;
    if (dict instanceof PDFDict) {
      for (const [key, value] of dict.entries()) {
        const name = key.decodeText();
        if (ACTIVE_KEYS.has(name)) return name;
        if (name === "S" && value instanceof PDFName && ACTIVE_ACTIONS.has(value.decodeText())) return value.decodeText();
        const found = inspect(value);
        if (found) return found;
      }
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) {
        const found = inspect(item);
        if (found) return found;
      }
    }
    return null;
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const found = inspect(object);
    if (found) return found;
  }
  // The trailer is not an indirect object: a document whose catalogue lives only there is read through it.
  return inspect(pdf.catalog);
}
