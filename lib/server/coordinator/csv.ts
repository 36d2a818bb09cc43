/** One CSV field, quoted when it must be; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvField(value: string | number | null | undefined, separator: string): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark and CRLF line ends, which Excel opens with accents intact. */
export function toCsv(rows: Array<Array<string | number | null | undefined>>, separator: string): string {
  return `\uFEFF${rows.map((row) => row.map((value) => csvField(value, separator)).join(separator)).join("\r\n")}\r\n`;
}
