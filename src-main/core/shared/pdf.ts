// Building blocks every PDF Alliance writes shares (pdfkit): a Letter document built in memory, the
// footer on every page, signature lines and a table whose header repeats on each page. The hour log,
// the prompt sheet and the growth report use them.
import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

export function newPdf(title: string): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    bufferPages: true,
    info: { Title: title, Producer: 'Alliance', Creator: 'Alliance' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

// "Page i of n  ·  <what>" at the foot of every page; call once the content is complete.
export function pageFooters(doc: Pdf, what: string): void {
  const left = doc.page.margins.left;
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`Page ${i + 1} of ${pages.count}  ·  ${what}`, left, doc.page.height - 35, {
        align: 'center',
        width: doc.page.width - left * 2,
      });
    doc.page.margins.bottom = bottom;
  }
}

// A signature line and a date line for each role, kept together on one page.
export function signatureLines(doc: Pdf, roles: string[]): void {
  const left = doc.page.margins.left;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 55 * roles.length) doc.addPage();
  doc.moveDown(2).font('Helvetica').fontSize(10).fillColor('#000000');
  for (const who of roles) {
    const y = doc.y + 18;
    doc
      .moveTo(left, y)
      .lineTo(left + 250, y)
      .lineWidth(0.7)
      .strokeColor('#000000')
      .stroke();
    doc
      .moveTo(left + 290, y)
      .lineTo(left + 440, y)
      .stroke();
    doc.text(`${who} signature`, left, y + 4);
    doc.text('Date', left + 290, y + 4);
    doc.y = y + 24;
  }
}

// Ruled lines to write on by hand, `count` of them from the current position.
export function writingLines(doc: Pdf, count: number, gap = 22): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  for (let i = 0; i < count; i++) {
    const y = doc.y + gap;
    doc.moveTo(left, y).lineTo(right, y).lineWidth(0.4).strokeColor('#9a9a9a').stroke();
    doc.y = y;
  }
  doc.strokeColor('#000000');
}

export interface PdfColumn {
  title: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}
export interface PdfRow {
  cells: string[];
  bold?: boolean;
}

// A table whose column titles repeat at the top of every page it runs onto. A cell wraps within its
// column and the row grows to fit; a row is never split across pages.
export function table(doc: Pdf, columns: PdfColumn[], rows: PdfRow[], fontSize = 9): void {
  const left = doc.page.margins.left;
  const width = columns.reduce((s, c) => s + c.width, 0);
  const heightOf = (r: PdfRow) => {
    doc.font(r.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
    return Math.max(...r.cells.map((c, i) => doc.heightOfString(c || ' ', { width: columns[i]!.width - 4 })));
  };
  const draw = (r: PdfRow) => {
    const h = heightOf(r);
    const y = doc.y;
    let x = left;
    r.cells.forEach((c, i) => {
      doc.text(c, x, y, { width: columns[i]!.width - 4, align: columns[i]!.align ?? (i === 0 ? 'left' : 'right') });
      x += columns[i]!.width;
    });
    doc.y = y + h + 4;
    doc
      .moveTo(left, doc.y - 2)
      .lineTo(left + width, doc.y - 2)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  };
  const header: PdfRow = { cells: columns.map((c) => c.title), bold: true };
  const bottom = () => doc.page.height - doc.page.margins.bottom - 10;
  if (doc.y + heightOf(header) + heightOf(rows[0] ?? header) > bottom()) doc.addPage();
  draw(header);
  for (const r of rows) {
    if (doc.y + heightOf(r) > bottom()) {
      doc.addPage();
      draw(header);
    }
    draw(r);
  }
  doc.x = left;
  doc.strokeColor('#000000').fillColor('#000000');
}
