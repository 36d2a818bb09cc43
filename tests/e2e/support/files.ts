/** Small real documents for upload tests. */
export const PDF_FILE = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
});

export const FAKE_PDF_FILE = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("<html><body><script>alert('not a pdf')</script></body></html>"),
});
