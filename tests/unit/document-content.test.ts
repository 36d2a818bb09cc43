import { describe, expect, it } from "vitest";
import { detectDocumentType, safeDisplayName } from "@/lib/domain/dossier/document-content";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("document type by content", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(detectDocumentType(bytes("%PDF-1.7\n"))).toBe("application/pdf");
    expect(detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(detectDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever its name would say", () => {
    expect(detectDocumentType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectDocumentType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectDocumentType(bytes("GIF89a"))).toBeNull();
    expect(detectDocumentType(new Uint8Array([]))).toBeNull();
    expect(detectDocumentType(bytes("PK\u0003\u0004"))).toBeNull();
  });
});

describe("display names", () => {
  it("drops any path and control characters and fixes the extension to the real type", () => {
    expect(safeDisplayName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeDisplayName("C:\\Users\\me\\relevé.PDF", "application/pdf")).toBe("relevé.pdf");
    // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    expect(safeDisplayName("invoice\u202Efdp.exe.pdf", "application/pdf")).toBe("invoicefdp.exe.pdf");
    for (const control of ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u0085"]) {
      expect(safeDisplayName(`a${control}b.pdf`, "application/pdf")).toBe("ab.pdf");
    }
    expect(safeDisplayName("photo\u0000\u001b[31m.png", "image/jpeg")).toBe("photo[31m.jpg");
    expect(safeDisplayName("...", "image/png")).toBe("document.png");
    expect(safeDisplayName('a"b<c>.pdf', "application/pdf")).toBe("abc.pdf");
  });
});
