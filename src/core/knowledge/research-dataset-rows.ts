// The pure half of research datasets: from consenting contributions to rows a researcher may hold. No
// pseudonym, no account id, no contribution id (a random row number), dates to the month, and experiences
// and forms only where at least RESEARCH_MINIMUM_CELL distinct authors share the cell.
import { RESEARCH_MINIMUM_CELL } from './vocabulary';

export interface ConsentedContribution {
	/** Used only to count distinct people per cell; never output. Null: an erased author (counts for no one). */
	authorId: string | null;
	createdAt: Date;
	form: string;
	language: string;
	licence: string;
	title: string;
	text: string;
	helpedWith: string;
	easyReadSummary: string;
	experienceIds: string[];
}

export interface DatasetRow {
	row: number;
	/** 'YYYY-MM' (UTC). */
	month: string;
	/** Null when fewer than the minimum of people wrote in this form. */
	form: string | null;
	language: string;
	licence: string;
	title: string;
	text: string;
	helpedWith: string;
	easyReadSummary: string;
	/** Experience ids kept as is, generalised to their parent, or left out (too few people). */
	experiences: string[];
}

/** Distinct authors per key (null authors count for no one). */
function peoplePer(rows: ConsentedContribution[], keysOf: (row: ConsentedContribution) => string[]) {
	const people = new Map<string, Set<string>>();
	for (const row of rows) {
		if (row.authorId === null) continue;
		for (const key of new Set(keysOf(row))) {
			if (!people.has(key)) people.set(key, new Set());
			people.get(key)!.add(row.authorId);
		}
	}
	return (key: string) => people.get(key)?.size ?? 0;
}

/**
 * Where each experience goes: itself when enough people share it; else its parent when enough people
 * share the parent (the parent or any of its children); else nowhere.
 */
export function experienceLevels(
	rows: ConsentedContribution[],
	parentOf: ReadonlyMap<string, string | null>,
	minimum = RESEARCH_MINIMUM_CELL
): Map<string, string | null> {
	const atLeaf = peoplePer(rows, (row) => row.experienceIds);
	const atBranch = peoplePer(rows, (row) => row.experienceIds.map((id) => parentOf.get(id) ?? id));
	const levels = new Map<string, string | null>();
	for (const id of new Set(rows.flatMap((row) => row.experienceIds))) {
		const parent = parentOf.get(id) ?? null;
		if (atLeaf(id) >= minimum) levels.set(id, id);
		else if (parent !== null && atBranch(parent) >= minimum) levels.set(id, parent);
		else levels.set(id, null);
	}
	return levels;
}

/** Fisher–Yates with the given random source: the row number tells nothing of the order of writing. */
function shuffled<T>(items: T[], random: () => number): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index -= 1) {
		const other = Math.floor(random() * (index + 1));
		[copy[index], copy[other]] = [copy[other]!, copy[index]!];
	}
	return copy;
}

/** The dataset's rows, in a random order numbered from 1. */
export function datasetRows(
	rows: ConsentedContribution[],
	parentOf: ReadonlyMap<string, string | null>,
	random: () => number,
	minimum = RESEARCH_MINIMUM_CELL
): DatasetRow[] {
	const levels = experienceLevels(rows, parentOf, minimum);
	const formPeople = peoplePer(rows, (row) => [row.form]);
	return shuffled(rows, random).map((row, index) => ({
		row: index + 1,
		month: row.createdAt.toISOString().slice(0, 7),
		form: formPeople(row.form) >= minimum ? row.form : null,
		language: row.language,
		licence: row.licence,
		title: row.title,
		text: row.text,
		helpedWith: row.helpedWith,
		easyReadSummary: row.easyReadSummary,
		experiences: [
			...new Set(
				row.experienceIds.map((id) => levels.get(id)).filter((level): level is string => Boolean(level))
			)
		].sort()
	}));
}

export const DATASET_COLUMNS = [
	'row',
	'month',
	'form',
	'language',
	'licence',
	'title',
	'text',
	'helpedWith',
	'easyReadSummary',
	'experiences'
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF (quotes doubled). A cell that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe first.
 */
export function csvCell(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The dataset as CSV (RFC 4180: CRLF line ends, a header line); experiences joined by " | ". */
export function datasetCsv(rows: DatasetRow[]): string {
	const lines = [DATASET_COLUMNS.join(',')];
	for (const row of rows)
		lines.push(
			DATASET_COLUMNS.map((column) =>
				csvCell(column === 'experiences' ? row.experiences.join(' | ') : row[column])
			).join(',')
		);
	return `${lines.join('\r\n')}\r\n`;
}
