import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_PERIOD_SECONDS } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, contextFor, uniquePseudonym } from '../../../tests/support/factories';
import { insertContribution } from '../../../tests/support/knowledge-search';
import { facetOperand, inPeriod } from './search-terms';
import { knowledgePeriod, recentMatches, searchKnowledge, SEARCH_PAGE_SIZE } from './search-knowledge';

// Search reads the latest matches period by period (the period index, recentMatches): these tests check
// that no match more recent than the ones it returns is ever left out, wherever the matches fall in time.
const db = useTestDatabase();
const uniqueWord = () => uniquePseudonym('mot').replace('-', '').toLowerCase();
const DAY = 86_400_000;

describe('search over time', () => {
	it('qualifies every lexeme with the period knowledgePeriod gives, to the millisecond, as queries ask', async () => {
		const author = await buildAccount(db());
		const tag = uniqueWord();
		// The first instant of a period, and the last of the period before.
		const start = (knowledgePeriod(new Date('2026-06-10T12:00:00Z')) + 1) * KNOWLEDGE_PERIOD_SECONDS * 1000;
		for (const at of [new Date(start - 1), new Date(start)]) {
			const id = await insertContribution(db(), {
				authorId: author.accountId,
				title: `Période ${tag}`,
				createdAt: at
			});
			const query = inPeriod(`${facetOperand('language:fr')} & ${facetOperand("l'a\\b")}`, 7);
			expect(query).toBe(`'facet language:fr@7' & 'facet l''a\\\\b@7'`);
			const asked = (period: number) => inPeriod(facetOperand('language:fr'), period);
			const [row] = await selectRows<{ lexemes: string[]; matches: boolean; other: boolean }>(
				db(),
				sql`select tsvector_to_array(knowledge_period_lexemes(search, facets, created_at)) as lexemes,
					knowledge_period_lexemes(search, facets, created_at) @@ ${asked(knowledgePeriod(at))}::tsquery as matches,
					knowledge_period_lexemes(search, facets, created_at) @@ ${asked(knowledgePeriod(at) + 1)}::tsquery as other
					from contributions where id = ${id}`
			);
			expect(row!.lexemes).toContain(`facet language:fr@${knowledgePeriod(at)}`);
			expect(row!.lexemes.every((lexeme) => lexeme.endsWith(`@${knowledgePeriod(at)}`))).toBe(true);
			expect([row!.matches, row!.other]).toEqual([true, false]);
		}
		expect(knowledgePeriod(new Date(start)) - knowledgePeriod(new Date(start - 1))).toBe(1);
	});

	it('qualifies any facet token, whatever quotes, backslashes or operators it holds', async () => {
		const tokens = ["a' | 'b", 'x\\', "'; drop table contributions; --", 'a:b', '!*&|()<->', "l''\\'", '😀'];
		for (const token of tokens) {
			const [row] = await selectRows<{ matches: boolean; nodes: number }>(
				db(),
				sql`select array_to_tsvector(array[${`facet ${token}@7`}]) @@ ${inPeriod(facetOperand(token), 7)}::tsquery
					as matches, numnode(${inPeriod(facetOperand(token), 7)}::tsquery) as nodes`
			);
			expect(row, token).toEqual({ matches: true, nodes: 1 });
		}
	});

	it('returns the most recent matches, however many are wanted, wherever they fall in time', async () => {
		const author = await buildAccount(db());
		const tag = uniqueWord();
		const now = new Date('2026-06-10T12:00:00Z');
		// Days from `now`: after the next period, this one and the next, the periods before
		// (several in one, some months ago), years before.
		const days = [
			400, 30, 9, 0, -0.5, -3, -12, -20, -21, -45, -70, -99, -100, -101, -104, -106, -150, -200, -370, -1100
		];
		// Written oldest first, then every other one: a scan meets them in no order of date (an index scan
		// gives rows as they lie in the table), so a period cut anywhere must be read whole.
		const order = [...days.keys()].reverse();
		for (const index of [...order.filter((i) => i % 2), ...order.filter((i) => !(i % 2))]) {
			const offset = days[index]!;
			await insertContribution(db(), {
				authorId: author.accountId,
				title: `N${index} ${tag}`,
				createdAt: new Date(now.getTime() + offset * DAY)
			});
		}
		// The tag as the matching index holds it (stemmed).
		const [stemmed] = await selectRows<{ lexeme: string }>(
			db(),
			sql`select (tsvector_to_array(to_tsvector('entrepairs_fr', ${tag})))[1] as lexeme`
		);
		// Read period by period (fromRows -1: always, even before the table was ever analysed, when its
		// reltuples is -1), and at once (a table smaller than fromRows).
		const latest = async (wanted: number, at: Date, fromRows: number, maxPeriods?: number) =>
			(
				await selectRows<{ title: string }>(
					db(),
					sql`with ${recentMatches({
						matching: `${facetOperand('language:fr')} & '${stemmed!.lexeme}'`,
						checks: sql`true`,
						columns: sql`c.title, c.created_at`,
						wanted,
						now: at,
						fromRows,
						maxPeriods
					})} select title from recent order by created_at desc limit ${wanted}`
				)
			).map((row) => row.title.split(' ')[0]);
		for (const at of [now, new Date(now.getTime() - 30 * DAY), new Date(now.getTime() + 800 * DAY)])
			for (let wanted = 1; wanted <= days.length + 1; wanted += 1) {
				const expected = days
					.map((offset, index) => ({ offset, title: `N${index}` }))
					.sort((a, b) => b.offset - a.offset)
					.slice(0, wanted)
					.map((row) => row.title);
				// At once; period by period, walking 1, 2, 5 or 100 periods at most, or the default.
				expect(await latest(wanted, at, 1e12)).toEqual(expected);
				for (const most of [1, 2, 5, 100, undefined])
					expect(await latest(wanted, at, -1, most), `maxPeriods ${most}`).toEqual(expected);
			}
	});

	it('browses the latest first across pages, and finds what is years old or dated ahead', async () => {
		const author = await buildAccount(db());
		const reader = await buildAccount(db());
		const tag = uniqueWord();
		const now = Date.now();
		const offsets = Array.from({ length: 2 * SEARCH_PAGE_SIZE + 3 }, (_, index) =>
			index === 0 ? 60 : -(index ** 3) / 4
		);
		for (const [index, offset] of offsets.entries())
			await insertContribution(db(), {
				authorId: author.accountId,
				title: `B${index} ${tag}`,
				language: 'en',
				createdAt: new Date(now + offset * DAY)
			});
		const pages = [];
		for (const page of [1, 2, 3]) {
			const found = await searchKnowledge(contextFor(db(), reader), { language: 'en', page });
			pages.push(...found.results.map((result) => result.title.split(' ')[0]));
		}
		expect(pages).toEqual(offsets.map((_, index) => `B${index}`));
		const oldest = `B${offsets.length - 1} ${tag}`;
		expect(
			(await searchKnowledge(contextFor(db(), reader), { q: `${tag} B${offsets.length - 1}` })).results.map(
				(r) => r.title
			)
		).toContain(oldest);
		const ranked = await searchKnowledge(contextFor(db(), reader), { q: tag, page: 3 });
		expect(ranked.results).toHaveLength(3);
	});
});
