import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarsFixture } from '../../../tests/support/calendars';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, contextFor } from '../../../tests/support/factories';
import { insertRegistration } from '../../../tests/support/gatherings';
import { sessionOccurrences } from '../../db/schema';
import { exportPersonalData } from '../my-data';
import { attendanceSheet } from './attendance-sheet';
import { eraseMyAttendance } from './erase-my-attendance';
import { myAttendance } from './my-attendance';
import { recordAttendance } from './record-attendance';
import { createCalendarFeed } from './create-calendar-feed';

const db = useTestDatabase();
const STARTS = new Date('2026-06-09T16:00:00Z');
const after = { now: () => new Date(STARTS.getTime() + 30 * 60_000) };
const before = { now: () => new Date(STARTS.getTime() - 60_000) };

async function occurrenceCounts(occurrenceId: string) {
	const [row] = await db()
		.select({ attended: sessionOccurrences.attendedCount, walkIns: sessionOccurrences.walkInCount })
		.from(sessionOccurrences)
		.where(eq(sessionOccurrences.id, occurrenceId));
	return row!;
}

describe('attendance', () => {
	it('is recorded by a facilitator once the session has started, and recording again replaces it', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		await insertRegistration(db(), { occurrenceId: f.occurrence.id, accountId: f.unregistered.accountId });
		const ctx = contextFor(db(), f.facilitator, { clock: after });
		await recordAttendance(ctx, {
			occurrenceId: f.occurrence.id,
			attendedAccountIds: [f.registered.accountId, f.unregistered.accountId],
			walkInCount: 3
		});
		expect(await occurrenceCounts(f.occurrence.id)).toEqual({ attended: 2, walkIns: 3 });
		await recordAttendance(ctx, {
			occurrenceId: f.occurrence.id,
			attendedAccountIds: f.registered.accountId,
			walkInCount: '1'
		});
		expect(await occurrenceCounts(f.occurrence.id)).toEqual({ attended: 1, walkIns: 1 });
		const sheet = await attendanceSheet(ctx, { occurrenceId: f.occurrence.id });
		expect(sheet.people.map((person) => person.attended).sort()).toEqual([false, true]);
		expect(ctx.events.events).toContainEqual(expect.objectContaining({ type: 'occurrence.changed' }));
	});

	it('is refused before the session starts', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		await expect(
			recordAttendance(contextFor(db(), f.facilitator, { clock: before }), {
				occurrenceId: f.occurrence.id,
				attendedAccountIds: [],
				walkInCount: 0
			})
		).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'calendars.error.notStarted' });
	});

	it('is only for facilitators: members are FORBIDDEN, people who may not see the group NOT_FOUND', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		const input = { occurrenceId: f.occurrence.id, attendedAccountIds: [], walkInCount: 0 };
		await expect(
			recordAttendance(contextFor(db(), f.registered, { clock: after }), input)
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			attendanceSheet(contextFor(db(), f.registered, { clock: after }), input)
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			recordAttendance(contextFor(db(), f.professional, { clock: after }), input)
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const stranger = await buildAccount(db());
		await expect(attendanceSheet(contextFor(db(), stranger, { clock: after }), input)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('refuses people without a confirmed place and a bad walk-in count', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		const ctx = contextFor(db(), f.facilitator, { clock: after });
		await expect(
			recordAttendance(ctx, {
				occurrenceId: f.occurrence.id,
				attendedAccountIds: [f.unregistered.accountId],
				walkInCount: 0
			})
		).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'attendedAccountIds' }] });
		for (const walkInCount of [-1, 1.5, 'beaucoup', 1e9]) {
			await expect(
				recordAttendance(ctx, { occurrenceId: f.occurrence.id, attendedAccountIds: [], walkInCount })
			).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'walkInCount' }] });
		}
		expect(await occurrenceCounts(f.occurrence.id)).toEqual({ attended: 0, walkIns: 0 });
	});

	it('gives each person their own history, which they can erase while the counts stay', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		await recordAttendance(contextFor(db(), f.facilitator, { clock: after }), {
			occurrenceId: f.occurrence.id,
			attendedAccountIds: [f.registered.accountId],
			walkInCount: 2
		});
		const mine = contextFor(db(), f.registered, { clock: after });
		expect(await myAttendance(mine)).toEqual([
			{
				occurrenceId: f.occurrence.id,
				startsAt: STARTS,
				groupTitle: 'Groupe de parole du mardi',
				attended: true
			}
		]);
		expect(await myAttendance(contextFor(db(), f.unregistered))).toEqual([]);
		expect(await eraseMyAttendance(mine)).toEqual({ erased: 1 });
		expect(await myAttendance(mine)).toEqual([]);
		expect(await occurrenceCounts(f.occurrence.id)).toEqual({ attended: 1, walkIns: 2 });
	});
});

describe('the export of a person’s sessions', () => {
	it('holds their registrations, choices and feeds, never a link, a number, a token or anyone else', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		await insertRegistration(db(), { occurrenceId: f.occurrence.id, accountId: f.unregistered.accountId });
		const feed = await createCalendarFeed(contextFor(db(), f.registered), {
			siteUrl: 'https://e.example.org'
		});
		const exported = JSON.stringify(await exportPersonalData(contextFor(db(), f.registered)));
		expect(exported).toContain('Groupe de parole du mardi');
		expect(exported).toContain('"calendarFeeds"');
		expect(exported).not.toContain(feed.token);
		expect(exported).not.toContain(feed.url);
		expect(exported).not.toContain('salle-secrete');
		expect(exported).not.toContain('23 45 67 89');
		expect(exported).not.toContain(f.unregistered.pseudonym);
		expect(exported).not.toContain(f.facilitator.pseudonym);
	});
});
