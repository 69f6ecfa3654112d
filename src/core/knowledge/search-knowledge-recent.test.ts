import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../db/sql-helpers';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, contextFor, uniquePseudonym } from '../../../tests/support/factories';
import { insertContribution } from '../../../tests/support/knowledge-search';
import { facetOperand } from './search-terms';
import { facetWeek, recentMatches, searchKnowledge, SEARCH_PAGE_SIZE } from './search-knowledge';

// Search reads the latest matches week by week ('week:N' facets, recentMatches): these tests check that no
// match more recent than the ones it returns is ever left out, wherever the matches fall in time.
const db = useTestDatabase();
const uniqueWord = () => uniquePseudonym('mot').replace('-', '').toLowerCase();
const DAY = 86_400_000;

describe('search over time', () => {
	it('gives the facet of the week a contribution was written in, as facetWeek says, to the millisecond', async () => {
		const author = await buildAccount(db());
		// Weeks start on Thursdays at midnight UTC (1970-01-01 was one): 2026-03-05 is one.
		const instants = ['2026-02-26T00:00:00Z', '2026-03-04T23:59:59.999Z', '2026-03-05T00:00:00Z'];
		const weeks = [];
		for (const instant of instants) {
			const at = new Date(instant);
			const id = await insertContribution(db(), {
				authorId: author.accountId,
				title: 'Semaine',
				createdAt: at
			});
			const [row] = await selectRows<{ facets: string[] }>(
				db(),
				sql`select facets from contributions where id = ${id}`
			);
			expect(row!.facets.filter((facet) => facet.startsWith('week:'))).toEqual([`week:${facetWeek(at)}`]);
			weeks.push(facetWeek(at));
		}
		expect(weeks).toEqual([weeks[0], weeks[0], weeks[0]! + 1]);
	});

	it('returns the most recent matches, however many are wanted, wherever they fall in time', async () => {
		const author = await buildAccount(db());
		const tag = uniqueWord();
		const now = new Date('2026-06-10T12:00:00Z');
		// Days from `now`: after next week, this week, the weeks before, years before.
		const days = [400, 9, 0, -0.5, -3, -12, -20, -21, -45, -200, -370, -1100];
		for (const [index, offset] of days.entries())
			await insertContribution(db(), {
				authorId: author.accountId,
				title: `N${index} ${tag}`,
				createdAt: new Date(now.getTime() + offset * DAY)
			});
		// The tag as the matching index holds it (stemmed).
		const [stemmed] = await selectRows<{ lexeme: string }>(
			db(),
			sql`select (tsvector_to_array(to_tsvector('entrepairs_fr', ${tag})))[1] as lexeme`
		);
		// Read week by week (fromRows 0), and at once (a table smaller than fromRows).
		const latest = async (wanted: number, at: Date, fromRows: number, weekScanRatio?: number) =>
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
						weekScanRatio
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
				// At once; week by week, step 2 taken whenever it may be, never, or as the estimate says.
				expect(await latest(wanted, at, 1e12)).toEqual(expected);
				for (const ratio of [0, 1e12, undefined])
					expect(await latest(wanted, at, 0, ratio), `ratio ${ratio}`).toEqual(expected);
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
