import { formatDate, translate, type Locale } from '../../i18n';
import { renderPdf, type PdfBlock } from '../shared/pdf-document';
import { CRISIS_LINES, PLAN_TEXT_SECTIONS, type PlanContent } from './plan-content';

export type PlanPdfFormat = 'a4' | 'card';

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

/** The crisis lines as "number: what it is" rows, printed on every plan and card. */
function crisisRows(locale: Locale): Array<readonly [string, string]> {
	return CRISIS_LINES.map((line) => [line, translate(locale, LINE_NAMES[line])] as const);
}

/**
 * The blocks of the printed plan. A4: every written section, the people to call and the crisis lines,
 * meant to fit one page for a plan of ordinary length (longer text continues on a second page).
 * Card (a wallet card): only the people to call (three) and the crisis lines.
 */
export function planPdfBlocks(content: PlanContent, locale: Locale, format: PlanPdfFormat): PdfBlock[] {
	const t = (key: string) => translate(locale, key);
	const contacts = content.contacts.map((contact) => [contact.name, contact.phone] as const);
	if (format === 'card') {
		const blocks: PdfBlock[] = [];
		if (contacts.length) blocks.push({ kind: 'fields', rows: contacts.slice(0, 3) });
		blocks.push({ kind: 'fields', rows: crisisRows(locale) });
		return blocks;
	}
	const blocks: PdfBlock[] = [];
	for (const section of PLAN_TEXT_SECTIONS) {
		if (!content[section]) continue;
		blocks.push(
			{ kind: 'heading', text: t(SECTION_TITLES[section]) },
			{ kind: 'paragraph', text: content[section] }
		);
	}
	if (contacts.length)
		blocks.push({ kind: 'heading', text: t('plan.section.contacts') }, { kind: 'fields', rows: contacts });
	blocks.push(
		{ kind: 'heading', text: t('plan.crisisLines.title') },
		{ kind: 'fields', rows: crisisRows(locale) }
	);
	return blocks;
}

/** The PDF bytes of a plan version, in the reader's language. */
export function renderPlanPdf(
	content: PlanContent,
	options: { locale: Locale; format: PlanPdfFormat; savedAt: Date; version: number }
): Promise<Uint8Array> {
	const { locale, format, savedAt, version } = options;
	return renderPdf({
		title: translate(locale, format === 'card' ? 'plan.pdf.cardTitle' : 'plan.pdf.title'),
		subtitle:
			format === 'card'
				? undefined
				: translate(locale, 'plan.pdf.subtitle', { version, date: formatDate(locale, savedAt) }),
		lang: locale,
		blocks: planPdfBlocks(content, locale, format),
		footer: translate(locale, 'plan.pdf.footer'),
		format,
		createdAt: savedAt
	});
}

export const SECTION_TITLE_KEYS = SECTION_TITLES;
