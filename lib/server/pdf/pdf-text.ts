import "server-only";
import type { PDFFont } from "pdf-lib";

const characterSets = new WeakMap<PDFFont, Set<number>>();
const hasCharacter = (font: PDFFont, char: string) => {
  let set = characterSets.get(font);
  if (!set) characterSets.set(font, (set = new Set(font.getCharacterSet())));
  return set.has(char.codePointAt(0)!);
};

/** Text the font can draw: a letter outside its character set loses its accent, then becomes "?". */
export function drawable(font: PDFFont, raw: string): string {
  // Number formats separate thousands with narrow spaces, which not every font has.
  const text = raw.replace(/[\u2000-\u200a\u202f\u205f]/g, " ");
  return [...text]
    .map((char) => {
      if (char === "\n" || hasCharacter(font, char)) return char;
      const bare = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      return bare && [...bare].every((c) => hasCharacter(font, c)) ? bare : "?";
    })
    .join("");
}

/** Splits text into lines no wider than `width` at `size`; a word wider than the line (a hash, an address) is cut. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const fits = (value: string) => font.widthOfTextAtSize(value, size) <= width;
  const lines: string[] = [];
  for (const paragraph of drawable(font, text).split("\n")) {
    let line = "";
    for (let word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      while (!fits(word) && word.length > 1) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    }
    lines.push(line);
  }
  return lines;
}
