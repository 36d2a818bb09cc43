import "server-only";
import type { PDFFont } from "pdf-lib";

/** Text the standard PDF fonts can draw: letters outside their character set lose their accents, then become "?". */
export function drawable(font: PDFFont, raw: string): string {
  // Number formats separate thousands with thin spaces, which the standard fonts lack.
  const text = raw.replace(/[\u2000-\u200a\u202f\u205f]/g, " ");
  try {
    font.encodeText(text);
    return text;
  } catch {
    return [...text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")]
      .map((char) => {
        try {
          font.encodeText(char);
          return char;
        } catch {
          return "?";
        }
      })
      .join("");
  }
}

/** Splits text into lines no wider than `width` at `size`. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of drawable(font, text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}
