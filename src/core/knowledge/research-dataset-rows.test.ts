import { describe, expect, it } from 'vitest';
import {
	csvCell,
	datasetCsv,
	datasetRows,
	experienceLevels,
	type ConsentedContribution
} from './research-dataset-rows';

const parents = new Map<string, string | null>([
	['psy', null],
	['psy/voix', 'psy'],
	['psy/bipolaire', 'psy'],
	['rare', null],
	['rare/x', 'rare']
]);
const row = (
	authorId: string | null,
	experienceIds: string[],
	more: Partial<ConsentedContribution> = {}
) => ({
	authorId,
	createdAt: new Date('2026-03-17T22:30:00Z'),
	form: 'action',
	language: 'fr',
	licence: 'CC-BY-SA-4.0',
	title: 'Titre',
	text: 'Texte',
	helpedWith: '',
	easyReadSummary: '',
	experienceIds,
	...more
});
const people = (count: number, experienceIds: string[], prefix = 'a') =>
	Array.from({ length: count }, (_, index) => row(`${prefix}${index}`, experienceIds));

describe('experienceLevels', () => {
	it.each([
		['five people keep a leaf', people(5, ['psy/voix']), { 'psy/voix': 'psy/voix' }],
		['four people on a leaf, none else: dropped', people(4, ['psy/voix']), { 'psy/voix': null }],
		[
			'three and two on sibling leaves: both go up to the parent',
			[...people(3, ['psy/voix']), ...people(2, ['psy/bipolaire'], 'b')],
			{ 'psy/voix': 'psy', 'psy/bipolaire': 'psy' }
		],
		[
			'the same person five times counts once',
			Array.from({ length: 5 }, () => row('same', ['psy/voix'])),
			{ 'psy/voix': null }
		],
		[
			'erased authors count for no one',
			[row(null, ['psy/voix']), ...people(4, ['psy/voix'])],
			{ 'psy/voix': null }
		],
		['a rare branch alone is dropped', people(2, ['rare/x']), { 'rare/x': null }]
	])('%s', (_name, rows, expected) => {
		expect(Object.fromEntries(experienceLevels(rows, parents))).toEqual(expected);
	});
});

describe('datasetRows', () => {
	it('keeps no author, id or day; numbers rows in a random order; blanks a rare form', () => {
		const rows = [
			...people(5, ['psy/voix']),
			row('z', ['psy/voix', 'rare/x'], { form: 'technique', title: 'Seul' })
		];
		let seed = 0.42;
		const random = () => (seed = (seed * 9301 + 49297) % 233280) / 233280;
		const dataset = datasetRows(rows, parents, random);
		expect(dataset.map((entry) => entry.row)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(JSON.stringify(dataset)).not.toMatch(/"a\d"|"z"|authorId|2026-03-17/);
		const alone = dataset.find((entry) => entry.title === 'Seul')!;
		expect(alone).toMatchObject({ month: '2026-03', form: null, experiences: ['psy/voix'] });
		expect(dataset.filter((entry) => entry.form === 'action')).toHaveLength(5);
		expect(dataset.map((entry) => entry.title).indexOf('Seul')).not.toBe(5);
	});
});

describe('csvCell', () => {
	it.each([
		['plain', 'texte', 'texte'],
		['a comma', 'a, b', '"a, b"'],
		['quotes', 'il a dit "non"', '"il a dit ""non"""'],
		['a line break', 'un\r\ndeux', '"un\r\ndeux"'],
		['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
		['plus', '+33 1', "'+33 1"],
		['minus', '-2', "'-2"],
		['at', '@cmd', "'@cmd"],
		['a number', 3, '3'],
		['null', null, '']
	])('%s', (_name, value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it('writes a header and CRLF lines', () => {
		const [entry] = datasetRows(people(5, ['psy/voix']).slice(0, 1), parents, () => 0, 1);
		expect(datasetCsv([entry!])).toBe(
			'row,month,form,language,licence,title,text,helpedWith,easyReadSummary,experiences\r\n' +
				'1,2026-03,action,fr,CC-BY-SA-4.0,Titre,Texte,,,psy/voix\r\n'
		);
	});
});
