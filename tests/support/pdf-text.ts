import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";

const execFileAsync = promisify(execFile);

// The standard fonts' metrics, from the package itself: no network.
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** The text of a generated PDF, page after page, one line per line of text: what a reader's viewer would show. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await document.destroy();
  return pages.join("\n");
}

/** Each font a PDF describes: its name and whether the font file travels inside the PDF. */
export async function embeddedFonts(bytes: Uint8Array): Promise<Array<{ name: string; embedded: boolean }>> {
  const document = await PDFDocument.load(bytes);
  return document.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"))
    .map((descriptor) => ({
      name: String(descriptor.get(PDFName.of("FontName"))),
      embedded: ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor.has(PDFName.of(key))),
    }));
}

/**
 * A generated PDF as another reader sees it: Debian's poppler renders its
 * first page to a PNG (`pdftoppm`) and extracts its text (`pdftotext`).
 */
export async function popplerRendering(bytes: Uint8Array): Promise<{ pngBytes: number; text: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pdf-poppler-"));
  try {
    const file = path.join(dir, "document.pdf");
    await writeFile(file, bytes);
    await execFileAsync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, path.join(dir, "page")]);
    const png = await readFile(path.join(dir, "page.png"));
    const { stdout } = await execFileAsync("pdftotext", ["-enc", "UTF-8", file, "-"]);
    return { pngBytes: png.length, text: stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
