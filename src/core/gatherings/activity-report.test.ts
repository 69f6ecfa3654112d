import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { insertGroup, insertOccurrence, insertRegistration } from '../../../tests/support/gatherings';
import type { Actor } from '../shared';
import { activityReport, activityReportCsv, cancelOccurrence, eraseMyAttendance, recordAttendance } from '.';

const db = useTestDatabase();
const NOW = new Date('2026-04-15T10:00:00Z');
const at = (now: Date) => ({ clock: { now: () => now } });

/**
 * A GEM with two groups: in March a session held with attendance recorded (two registered people, one
 * came, two walk-ins), one cancelled; in April (Paris time) one held without a record, one just after
 * midnight in Paris (still March in UTC), one to come. Another organisation's session beside it.
 */
async function scene() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'member', 'professional', 'peer_supporter']
	});
	const [coordinator, came, stayedHome, professional, supporter] = members as unknown as Actor[];
	const atelier = await insertGroup(db(), {
		organisationId: organisation.id,
		title: 'Atelier cuisine',
		kind: 'activity'
	});
	const parole = await insertGroup(db(), { organisationId: organisation.id, title: 'Groupe de parole' });
	const march = await insertOccurrence(db(), {
		groupId: atelier.id,
		organisationId: organisation.id,
		startsAt: new Date('2026-03-10T17:00:00Z')
	});
	for (const person of [came!, stayedHome!])
		await insertRegistration(db(), { occurrenceId: march.occurrence.id, accountId: person.accountId });
	await recordAttendance(contextFor(db(), coordinator!, at(NOW)), {
		occurrenceId: march.occurrence.id,
		attendedAccountIds: [came!.accountId],
		walkInCount: 2
	});
	const cancelled = await insertOccurrence(db(), {
		groupId: atelier.id,
		organisationId: organisation.id,
		startsAt: new Date('2026-03-17T17:00:00Z')
	});
	await cancelOccurrence(contextFor(db(), coordinator!, at(new Date('2026-03-01T10:00:00Z'))), {
		occurrenceId: cancelled.occurrence.id
	});
	await insertOccurrence(db(), {
		groupId: atelier.id,
		organisationId: organisation.id,
		startsAt: new Date('2026-04-07T16:00:00Z')
	});
	await insertOccurrence(db(), {
		groupId: parole.id,
		organisationId: organisation.id,
		startsAt: new Date('2026-03-31T22:30:00Z')
	});
	await insertOccurrence(db(), {
		groupId: parole.id,
		organisationId: organisation.id,
		startsAt: new Date('2026-04-20T16:00:00Z')
	});
	const other = await buildOrganisation(db(), { members: ['coordinator'] });
	const elsewhere = await insertGroup(db(), { organisationId: other.organisation.id, title: 'Ailleurs' });
	await insertOccurrence(db(), {
		groupId: elsewhere.id,
		organisationId: other.organisation.id,
		startsAt: new Date('2026-03-12T17:00:00Z')
	});
	return {
		organisation,
		coordinator: coordinator!,
		came: came!,
		stayedHome: stayedHome!,
		professional: professional!,
		supporter: supporter!,
		atelier,
		parole
	};
}

describe('activityReport', () => {
	it('counts per group and per month, in Paris time, and never names anyone', async () => {
		const s = await scene();
		const report = await activityReport(contextFor(db(), s.coordinator, at(NOW)), {
			slug: s.organisation.slug,
			from: '2026-03',
			to: '2026-04'
		});
		expect(report.period).toMatchObject({ from: '2026-03', to: '2026-04', months: ['2026-03', '2026-04'] });
		expect(report.groups.map((group) => [group.title, group.kind, group.months])).toEqual([
			[
				'Atelier cuisine',
				'activity',
				[
					{ month: '2026-03', held: 1, recorded: 1, attendedRegistered: 1, walkIns: 2, cancelled: 1 },
					{ month: '2026-04', held: 1, recorded: 0, attendedRegistered: 0, walkIns: 0, cancelled: 0 }
				]
			],
			[
				'Groupe de parole',
				'talk',
				[{ month: '2026-04', held: 1, recorded: 0, attendedRegistered: 0, walkIns: 0, cancelled: 0 }]
			]
		]);
		expect(report.total).toEqual({ held: 3, recorded: 1, attendedRegistered: 1, walkIns: 2, cancelled: 1 });
		const everything = JSON.stringify(report);
		for (const person of [s.came, s.stayedHome, s.coordinator])
			for (const trace of [person.pseudonym, person.accountId]) expect(everything).not.toContain(trace);
	});

	it('keeps the counts when a person erases their attendance history', async () => {
		const s = await scene();
		await eraseMyAttendance(contextFor(db(), s.came, at(NOW)));
		const report = await activityReport(contextFor(db(), s.coordinator, at(NOW)), {
			slug: s.organisation.slug,
			from: '2026-03',
			to: '2026-03'
		});
		expect(report.total).toMatchObject({ held: 1, attendedRegistered: 1, walkIns: 2 });
	});

	it('defaults to the twelve months up to now, and writes the same figures as CSV', async () => {
		const s = await scene();
		const report = await activityReport(contextFor(db(), s.coordinator, at(NOW)), {
			slug: s.organisation.slug
		});
		expect(report.period).toMatchObject({ from: '2025-05', to: '2026-04' });
		expect(report.total.held).toBe(3);
		const csv = activityReportCsv(report, {
			group: 'g',
			kind: 'k',
			month: 'm',
			counts: { held: 'h', recorded: 'r', attendedRegistered: 'a', walkIns: 'w', cancelled: 'c' },
			kindName: (kind) => kind,
			allGroups: 'all',
			wholePeriod: 'period'
		});
		expect(csv).toContain('Atelier cuisine,activity,2026-03,1,1,1,2,1\r\n');
		expect(csv.trimEnd().split('\r\n').at(-1)).toBe('all,,period,3,1,1,2,1');
		expect(csv).not.toContain(s.came.pseudonym);
	});

	it('is for the organisation’s coordinators only: anyone else gets NOT_FOUND', async () => {
		const s = await scene();
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		for (const actor of [s.came, s.professional, s.supporter, admin])
			await expect(
				activityReport(contextFor(db(), actor, at(NOW)), { slug: s.organisation.slug })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			activityReport(contextFor(db(), null, at(NOW)), { slug: s.organisation.slug })
		).rejects.toMatchObject({
			code: 'UNAUTHENTICATED'
		});
	});

	it('refuses a wrong month or period with a field error', async () => {
		const s = await scene();
		const ctx = contextFor(db(), s.coordinator, at(NOW));
		await expect(activityReport(ctx, { slug: s.organisation.slug, from: '2026-13' })).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'from', message: 'validation.activityReport.month' }]
		});
		await expect(
			activityReport(ctx, { slug: s.organisation.slug, from: '2026-04', to: '2026-03' })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'from', message: 'validation.activityReport.period' }]
		});
		await expect(
			activityReport(ctx, { slug: s.organisation.slug, from: '2020-01', to: '2026-03' })
		).rejects.toMatchObject({ code: 'INVALID' });
	});
});
