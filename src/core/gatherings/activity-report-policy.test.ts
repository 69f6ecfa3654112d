import { describe, expect, it } from 'vitest';
import type { Viewer } from '../organisations/policy';
import { MEMBERSHIP_STATUSES, ROLES } from '../organisations/vocabulary';
import { canReadActivityReport, MAX_REPORT_MONTHS, resolveReportPeriod } from './activity-report-policy';

describe('canReadActivityReport', () => {
	for (const isInstanceAdmin of [false, true])
		for (const role of ROLES)
			for (const status of MEMBERSHIP_STATUSES)
				it(`${role} (${status})${isInstanceAdmin ? ', instance admin' : ''}`, () => {
					const viewer: Viewer = { isInstanceAdmin, membership: { role, status } };
					expect(canReadActivityReport(viewer)).toBe(role === 'coordinator' && status === 'active');
				});
	it('nobody outside the organisation, not even an instance admin, nor a visitor', () => {
		expect(canReadActivityReport({ isInstanceAdmin: true, membership: null })).toBe(false);
		expect(canReadActivityReport({ isInstanceAdmin: false, membership: null })).toBe(false);
		expect(canReadActivityReport(null)).toBe(false);
	});
});

describe('resolveReportPeriod (Paris time)', () => {
	const PARIS = 'Europe/Paris';
	it.each([
		// [asked, now, from, to, month count, starts (UTC), ends before (UTC)]
		[{}, '2026-12-06T03:00:00Z', '2026-01', '2026-12', 12, '2025-12-31T23:00:00Z', '2026-12-31T23:00:00Z'],
		// 31 December 23:30 UTC is already January in Paris.
		[{}, '2026-12-31T23:30:00Z', '2026-02', '2027-01', 12, '2026-01-31T23:00:00Z', '2027-01-31T23:00:00Z'],
		[
			{ from: '2026-03', to: '2026-03' },
			'2026-12-06T03:00:00Z',
			'2026-03',
			'2026-03',
			1,
			'2026-02-28T23:00:00Z',
			'2026-03-31T22:00:00Z'
		],
		// Summer time: a month starts at 22:00 UTC the day before.
		[
			{ from: '2026-07', to: '2026-10' },
			'2026-12-06T03:00:00Z',
			'2026-07',
			'2026-10',
			4,
			'2026-06-30T22:00:00Z',
			'2026-10-31T23:00:00Z'
		],
		[
			{ to: '2025-06' },
			'2026-12-06T03:00:00Z',
			'2024-07',
			'2025-06',
			12,
			'2024-06-30T22:00:00Z',
			'2025-06-30T22:00:00Z'
		],
		[
			{ from: '2024-01', to: '2026-12' },
			'2026-12-06T03:00:00Z',
			'2024-01',
			'2026-12',
			36,
			'2023-12-31T23:00:00Z',
			'2026-12-31T23:00:00Z'
		]
	])('%j at %s: %s to %s', (asked, now, from, to, count, startsAt, endsBefore) => {
		const period = resolveReportPeriod(asked, new Date(now), PARIS)!;
		expect(period).toMatchObject({
			from,
			to,
			startsAt: new Date(startsAt),
			endsBefore: new Date(endsBefore)
		});
		expect(period.months).toHaveLength(count);
		expect(period.months[0]).toBe(from);
		expect(period.months.at(-1)).toBe(to);
	});

	it('refuses a period running backwards or longer than the maximum', () => {
		const now = new Date('2026-12-06T03:00:00Z');
		expect(resolveReportPeriod({ from: '2026-05', to: '2026-04' }, now, PARIS)).toBeNull();
		expect(resolveReportPeriod({ from: '2023-12', to: '2026-12' }, now, PARIS)).toBeNull();
		expect(MAX_REPORT_MONTHS).toBe(36);
	});

	it('lists the months across a year end', () => {
		const period = resolveReportPeriod({ from: '2025-11', to: '2026-02' }, new Date(), PARIS)!;
		expect(period.months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
	});
});
