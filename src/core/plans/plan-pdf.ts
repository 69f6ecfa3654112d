import { formatDate, translate, type Locale, type MessageVariant } from '../../i18n';
import { renderPdf, type PdfBlock } from '../shared/pdf-document';
import { CRISIS_LINES, PLAN_TEXT_SECTIONS, type PlanContent } from './plan-content';

export type PlanPdfFormat = 'a4' | 'card';

/** Up to this many characters of sections, the A4 page sets them as rows (see planPdfBlocks). */
const COMPACT_UP_TO = 3000;

const SECTION_TITLES = {
	warningSigns: 'plan.section.warningSigns',
	whatHelps: 'plan.section.whatHelps',
	whatDoesNotHelp: 'plan.section.whatDoesNotHelp',
	carePreferences: 'plan.section.carePreferences',
	treatments: 'plan.section.treatments',
	children: 'plan.section.children',
	pets: 'plan.section.pets',
	home: 'plan.section.home',
	money: 'plan.section.money',
	advanceWishes: 'plan.section.advanceWishes'
} as const;

const LINE_NAMES = {
	'3114': 'plan.crisisLine.3114',
	'15': 'plan.crisisLine.15',
	'112': 'plan.crisisLine.112',
	'114': 'plan.crisisLine.114'
} as const;

/** The language and wording (standard or easy-read) a plan is printed in: the reader's, as on the page. */
export interface PlanWording {
	locale: Locale;
	variant?: MessageVariant;
}

/** The crisis lines as "number: what it is" rows, printed on every plan and card. */
function crisisRows(t: (key: string) => string): Array<readonly [string, string]> {
	return CRISIS_LINES.map((line) => [line, t(LINE_NAMES[line])] as const);
}

/**
 * The blocks of the printed plan. A4: every written section, the people to call and the crisis lines,
 * on one page for a plan of ordinary length (a few sentences a section); longer text continues on more.
 * Card (a wallet card): only the people to call (three) and the crisis lines.
 */
export function planPdfBlocks(content: PlanContent, wording: PlanWording, format: PlanPdfFormat): PdfBlock[] {
	const t = (key: string) => translate(wording.locale, key, {}, wording.variant);
	const contacts = content.contacts.map((contact) => [contact.name, contact.phone] as const);
	if (format === 'card') {
		const blocks: PdfBlock[] = [];
		if (contacts.length) blocks.push({ kind: 'fields', rows: contacts.slice(0, 3) });
		blocks.push({ kind: 'fields', rows: crisisRows(t) });
		return blocks;
	}
	// Each section as a row "title | text" rather than a heading and a paragraph: an ordinary plan then
	// holds on one A4 page. A long plan reads better with the full width (fewer pages): bench/plan-pdf.ts.
	const written = PLAN_TEXT_SECTIONS.filter((section) => content[section]);
	const length = written.reduce((total, section) => total + content[section].length, 0);
	const blocks: PdfBlock[] = [];
	if (length <= COMPACT_UP_TO) {
		const rows = written.map((section) => [t(SECTION_TITLES[section]), content[section]] as const);
		if (rows.length) blocks.push({ kind: 'fields', rows });
	} else {
		for (const section of written)
			blocks.push(
				{ kind: 'heading', text: t(SECTION_TITLES[section]) },
				{ kind: 'paragraph', text: content[section] }
			);
	}
	if (contacts.length)
		blocks.push({ kind: 'heading', text: t('plan.section.contacts') }, { kind: 'fields', rows: contacts });
	blocks.push(
		{ kind: 'heading', text: t('plan.crisisLines.title') },
		{ kind: 'fields', rows: crisisRows(t) }
	);
	return blocks;
}

/** The PDF bytes of a plan version, in the reader's language and wording (easy-read when they read so). */
export function renderPlanPdf(
	content: PlanContent,
	options: PlanWording & { format: PlanPdfFormat; savedAt: Date; version: number }
): Promise<Uint8Array> {
	const { locale, variant, format, savedAt, version } = options;
	const t = (key: string, params: Record<string, string | number> = {}) =>
		translate(locale, key, params, variant);
	return renderPdf({
		title: t(format === 'card' ? 'plan.pdf.cardTitle' : 'plan.pdf.title'),
		subtitle:
			format === 'card' ? undefined : t('plan.pdf.subtitle', { version, date: formatDate(locale, savedAt) }),
		lang: locale,
		blocks: planPdfBlocks(content, { locale, variant }, format),
		footer: t('plan.pdf.footer'),
		format,
		createdAt: savedAt
	});
}

export const SECTION_TITLE_KEYS = SECTION_TITLES;
