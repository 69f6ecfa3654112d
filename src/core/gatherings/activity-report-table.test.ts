import { describe, expect, it } from 'vitest';
import { activityReportCsv, summariseActivity, type ActivityRow } from './activity-report-table';

const row = (
	groupId: string,
	title: string,
	month: string,
	counts: Partial<ActivityRow> = {}
): ActivityRow => ({
	groupId,
	title,
	kind: 'talk',
	month,
	held: 0,
	recorded: 0,
	attendedRegistered: 0,
	walkIns: 0,
	cancelled: 0,
	...counts
});

const labels = {
	group: 'Groupe',
	kind: 'Type',
	month: 'Mois',
	counts: {
		held: 'Séances tenues',
		recorded: 'Présences relevées',
		attendedRegistered: 'Inscrits venus',
		walkIns: 'Venus sans inscription',
		cancelled: 'Séances annulées'
	},
	kindName: (kind: string) => (kind === 'talk' ? 'Groupe de parole' : kind),
	allGroups: 'Tous les groupes',
	wholePeriod: '2026-01 à 2026-03'
};

describe('summariseActivity', () => {
	const rows = [
		row('a', 'Atelier', '2026-01', { held: 4, recorded: 3, attendedRegistered: 20, walkIns: 2 }),
		row('a', 'Atelier', '2026-03', { held: 1, cancelled: 2 }),
		row('b', 'Parole', '2026-01', { held: 2, recorded: 2, attendedRegistered: 9, walkIns: 1, cancelled: 1 }),
		// Outside the period: ignored.
		row('b', 'Parole', '2025-12', { held: 9 })
	];
	const summary = summariseActivity(rows, ['2026-01', '2026-02', '2026-03']);

	it('sums per group, keeping the months with sessions', () => {
		expect(summary.groups.map((group) => [group.title, group.months.map((m) => m.month)])).toEqual([
			['Atelier', ['2026-01', '2026-03']],
			['Parole', ['2026-01']]
		]);
		expect(summary.groups[0]!.total).toEqual({
			held: 5,
			recorded: 3,
			attendedRegistered: 20,
			walkIns: 2,
			cancelled: 2
		});
	});

	it('sums per month over every month of the period, zeros included, and in all', () => {
		expect(summary.months.map((month) => [month.month, month.held, month.cancelled])).toEqual([
			['2026-01', 6, 1],
			['2026-02', 0, 0],
			['2026-03', 1, 2]
		]);
		expect(summary.total).toEqual({ held: 7, recorded: 5, attendedRegistered: 29, walkIns: 3, cancelled: 3 });
	});

	it('says nothing when nothing happened', () => {
		expect(summariseActivity([], ['2026-01'])).toEqual({
			groups: [],
			months: [{ month: '2026-01', held: 0, recorded: 0, attendedRegistered: 0, walkIns: 0, cancelled: 0 }],
			total: { held: 0, recorded: 0, attendedRegistered: 0, walkIns: 0, cancelled: 0 }
		});
	});
});

describe('activityReportCsv', () => {
	it('writes a header, the groups by month, the months, then the period, with CRLF after a BOM', () => {
		const summary = summariseActivity(
			[
				row('a', 'Atelier, cuisine', '2026-01', { held: 4, recorded: 3, attendedRegistered: 20, walkIns: 2 }),
				row('b', '=HYPERLINK("x")', '2026-03', { held: 1, cancelled: 1 })
			],
			['2026-01', '2026-02', '2026-03']
		);
		expect(activityReportCsv(summary, labels)).toBe(
			'\uFEFF' +
				[
					'Groupe,Type,Mois,Séances tenues,Présences relevées,Inscrits venus,Venus sans inscription,Séances annulées',
					'"Atelier, cuisine",Groupe de parole,2026-01,4,3,20,2,0',
					'"\'=HYPERLINK(""x"")",Groupe de parole,2026-03,1,0,0,0,1',
					'Tous les groupes,,2026-01,4,3,20,2,0',
					'Tous les groupes,,2026-02,0,0,0,0,0',
					'Tous les groupes,,2026-03,1,0,0,0,1',
					'Tous les groupes,,2026-01 à 2026-03,5,3,20,2,1'
				].join('\r\n') +
				'\r\n'
		);
	});
});
