import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * Printable documents (mission sheets, attestations, a personal plan) drawn with pdf-lib from plain blocks.
 * The callers give text already translated; this file only lays it out: A4 pages (or a wallet card),
 * wrapped lines, a new page when one is full, the page number and a footer on each page.
 *
 * The standard PDF fonts read WinAnsi only: `winAnsi()` turns the catalogue's typography (narrow no-break
 * spaces, non-breaking hyphens, ellipsis) into characters those fonts have, and anything else into '?'
 * rather than failing the whole document.
 */
export type PdfBlock =
	| { kind: 'heading'; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'fields'; rows: ReadonlyArray<readonly [label: string, value: string]> }
	| { kind: 'list'; items: readonly string[] }
	| {
			kind: 'table';
			columns: readonly string[];
			rows: ReadonlyArray<readonly string[]>;
			widths?: readonly number[];
	  }
	| { kind: 'spacer' };

export interface PdfDocumentInput {
	title: string;
	subtitle?: string;
	lang: string;
	blocks: readonly PdfBlock[];
	/** Printed at the bottom of every page (e.g. a verification code and address). */
	footer?: string;
	/** 'a4' (default) or 'card': 85.6 x 54 mm, like a bank card, for a wallet. */
	format?: 'a4' | 'card';
	/** The document's creation date (metadata); pass the use case's clock for reproducible files. */
	createdAt?: Date;
	author?: string;
}

const REPLACEMENTS: Record<string, string> = {
	'\u202f': ' ',
	'\u2009': ' ',
	'\u2007': ' ',
	'\u2011': '-',
	'\u2010': '-',
	'\u2212': '-',
	'\u2192': '->',
	'\u2190': '<-',
	'\u2713': 'v',
	'\u2192\ufe0e': '->'
};
// Characters Helvetica's WinAnsi encoding has beyond Latin-1 (Windows-1252's 0x80..0x9F).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The text with only characters the standard fonts can draw. */
export function winAnsi(text: string): string {
	let out = '';
	for (const char of text.normalize('NFC')) {
		const replaced = REPLACEMENTS[char];
		if (replaced !== undefined) out += replaced;
		else if (char === '\n' || char === '\t') out += ' ';
		else {
			const code = char.codePointAt(0) ?? 0;
			if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char))
				out += char;
			else if (
				code < 0x20 ||
				(code >= 0x7f && code < 0xa0) ||
				(code >= 0xfe00 && code <= 0xfe0f) ||
				code === 0x200b
			)
				continue;
			else out += '?';
		}
	}
	return out;
}

/** Words laid into lines no wider than `width` (a word longer than a line is cut). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const rawWord of winAnsi(paragraph).split(/ +/)) {
			let word = rawWord;
			while (font.widthOfTextAtSize(word, size) > width && word.length > 1) {
				let cut = word.length - 1;
				while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > width) cut--;
				if (line) lines.push(line);
				lines.push(word.slice(0, cut));
				line = '';
				word = word.slice(cut);
			}
			const candidate = line ? `${line} ${word}` : word;
			if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
			else {
				if (line) lines.push(line);
				line = word;
			}
		}
		lines.push(line);
	}
	return lines;
}

const MM = 72 / 25.4;
const FORMATS = {
	a4: { width: 210 * MM, height: 297 * MM, margin: 18 * MM, body: 10.5, heading: 13, title: 18, footer: 8 },
	card: { width: 85.6 * MM, height: 54 * MM, margin: 4 * MM, body: 6.5, heading: 7.5, title: 9, footer: 5 }
} as const;

class Layout {
	page!: PDFPage;
	y = 0;
	pages: PDFPage[] = [];
	constructor(
		private readonly pdf: PDFDocument,
		private readonly format: (typeof FORMATS)[keyof typeof FORMATS],
		readonly regular: PDFFont,
		readonly bold: PDFFont
	) {
		this.newPage();
	}
	get width() {
		return this.format.width - 2 * this.format.margin;
	}
	get left() {
		return this.format.margin;
	}
	newPage() {
		this.page = this.pdf.addPage([this.format.width, this.format.height]);
		this.pages.push(this.page);
		this.y = this.format.height - this.format.margin;
	}
	/** Room for `height` points above the footer, or a new page. */
	ensure(height: number) {
		if (this.y - height < this.format.margin + this.format.footer * 2.5) this.newPage();
	}
	line(text: string, options: { size: number; font?: PDFFont; x?: number; gap?: number }) {
		const leading = options.size * 1.35;
		this.ensure(leading);
		this.y -= leading;
		this.page.drawText(text, {
			x: this.left + (options.x ?? 0),
			y: this.y + options.size * 0.25,
			size: options.size,
			font: options.font ?? this.regular,
			color: rgb(0.1, 0.1, 0.1)
		});
	}
	wrapped(text: string, options: { size: number; font?: PDFFont; x?: number; width?: number }) {
		const font = options.font ?? this.regular;
		for (const line of wrapText(text, font, options.size, options.width ?? this.width - (options.x ?? 0))) {
			this.line(line, { ...options, font });
		}
	}
	space(points: number) {
		this.y -= points;
	}
}

/** The PDF bytes of a document made of blocks. */
export async function renderPdf(input: PdfDocumentInput): Promise<Uint8Array> {
	const format = FORMATS[input.format ?? 'a4'];
	const pdf = await PDFDocument.create();
	pdf.setTitle(winAnsi(input.title), { showInWindowTitleBar: true });
	pdf.setLanguage(input.lang);
	pdf.setProducer('Entrepairs');
	pdf.setCreator('Entrepairs');
	if (input.author) pdf.setAuthor(winAnsi(input.author));
	const created = input.createdAt ?? new Date();
	pdf.setCreationDate(created);
	pdf.setModificationDate(created);
	const regular = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	const layout = new Layout(pdf, format, regular, bold);

	layout.wrapped(input.title, { size: format.title, font: bold });
	if (input.subtitle) layout.wrapped(input.subtitle, { size: format.body });
	layout.space(format.body * 0.8);

	for (const block of input.blocks) {
		switch (block.kind) {
			case 'heading':
				layout.space(format.body * 0.6);
				layout.ensure(format.heading * 3);
				layout.wrapped(block.text, { size: format.heading, font: bold });
				break;
			case 'paragraph':
				layout.wrapped(block.text, { size: format.body });
				layout.space(format.body * 0.4);
				break;
			case 'fields': {
				const labelWidth = Math.min(
					layout.width * 0.4,
					Math.max(...block.rows.map(([label]) => bold.widthOfTextAtSize(winAnsi(label), format.body))) + 8
				);
				for (const [label, value] of block.rows) {
					const labelLines = wrapText(label, bold, format.body, labelWidth - 6);
					const valueLines = wrapText(value, regular, format.body, layout.width - labelWidth);
					const rows = Math.max(labelLines.length, valueLines.length);
					layout.ensure(rows * format.body * 1.35);
					for (let index = 0; index < rows; index++) {
						const leading = format.body * 1.35;
						layout.y -= leading;
						const baseline = layout.y + format.body * 0.25;
						const label = labelLines[index];
						const value = valueLines[index];
						if (label)
							layout.page.drawText(label, { x: layout.left, y: baseline, size: format.body, font: bold });
						if (value)
							layout.page.drawText(value, {
								x: layout.left + labelWidth,
								y: baseline,
								size: format.body,
								font: regular
							});
					}
				}
				layout.space(format.body * 0.4);
				break;
			}
			case 'list':
				for (const item of block.items) {
					const lines = wrapText(item, regular, format.body, layout.width - format.body * 1.5);
					lines.forEach((line, index) => {
						layout.line(index === 0 ? `-  ${line}` : line, {
							size: format.body,
							x: index === 0 ? 0 : format.body * 1.5 - 0.01
						});
					});
				}
				layout.space(format.body * 0.4);
				break;
			case 'table': {
				const count = block.columns.length;
				const widths = block.widths ?? block.columns.map(() => 1 / count);
				const total = widths.reduce((sum, width) => sum + width, 0);
				const columnWidths = widths.map((width) => (width / total) * layout.width);
				const drawRow = (cells: readonly string[], font: PDFFont) => {
					const wrapped = cells.map((cell, index) =>
						wrapText(cell, font, format.body, (columnWidths[index] ?? 0) - 6)
					);
					const rows = Math.max(1, ...wrapped.map((lines) => lines.length));
					layout.ensure(rows * format.body * 1.35 + 2);
					for (let line = 0; line < rows; line++) {
						layout.y -= format.body * 1.35;
						let x = layout.left;
						wrapped.forEach((lines, index) => {
							const text = lines[line];
							if (text)
								layout.page.drawText(text, { x, y: layout.y + format.body * 0.25, size: format.body, font });
							x += columnWidths[index] ?? 0;
						});
					}
					layout.y -= 2;
					layout.page.drawLine({
						start: { x: layout.left, y: layout.y },
						end: { x: layout.left + layout.width, y: layout.y },
						thickness: 0.4,
						color: rgb(0.6, 0.6, 0.6)
					});
				};
				drawRow(block.columns, bold);
				for (const row of block.rows) drawRow(row, regular);
				layout.space(format.body * 0.6);
				break;
			}
			case 'spacer':
				layout.space(format.body);
				break;
		}
	}

	const pages = layout.pages.length;
	layout.pages.forEach((page, index) => {
		const parts = [
			input.footer ? winAnsi(input.footer) : '',
			pages > 1 ? `${index + 1}/${pages}` : ''
		].filter(Boolean);
		const footerLines = wrapText(parts.join('   '), regular, format.footer, layout.width);
		footerLines.forEach((line, lineIndex) => {
			page.drawText(line, {
				x: layout.left,
				y: format.margin + (footerLines.length - 1 - lineIndex) * format.footer * 1.3,
				size: format.footer,
				font: regular,
				color: rgb(0.3, 0.3, 0.3)
			});
		});
	});
	return pdf.save({ useObjectStreams: true });
}
