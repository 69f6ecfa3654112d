import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarsFixture } from '../../../tests/support/calendars';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import { insertOccurrence, insertRegistration } from '../../../tests/support/gatherings';
import { calendarFeeds, sessionOccurrences, sessionRegistrations } from '../../db/schema';
import { hashToken } from '../accounts/tokens';
import type { Actor } from '../shared';
import { createCalendarFeed, MAX_LIVE_FEEDS } from './create-calendar-feed';
import { listCalendarFeeds } from './list-calendar-feeds';
import { FEED_MISS_RULE, readCalendarFeed } from './read-calendar-feed';
import { revokeCalendarFeed } from './revoke-calendar-feed';
import { setGatheringPreferences } from './set-gathering-preferences';

const db = useTestDatabase();
const SITE = 'https://entraide.example.org';
const NOW = new Date('2026-06-01T08:00:00Z');
const clock = { now: () => NOW };
let address = 0;
/** Each test reads from its own client address, so the miss buckets of one do not throttle another. */
const reader = () => contextFor(db(), null, { clock, ip: `192.0.2.${++address}` });

async function feedOf(actor: Actor) {
	return createCalendarFeed(contextFor(db(), actor, { clock }), { siteUrl: SITE });
}

describe('private calendar feeds', () => {
	it('shows a long random token once and keeps only its hash', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const feed = await feedOf(f.registered);
		expect(feed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(feed.url).toBe(`${SITE}/agenda/${feed.token}.ics`);
		const [row] = await db().select().from(calendarFeeds).where(eq(calendarFeeds.id, feed.id));
		expect(row!.tokenHash).toBe(hashToken(feed.token));
		expect(JSON.stringify(row)).not.toContain(feed.token);
		const listed = await listCalendarFeeds(contextFor(db(), f.registered));
		expect(JSON.stringify(listed)).not.toContain(feed.token);
	});

	it('holds the confirmed registrations of the past 30 days and the future, cancelled ones marked', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const add = async (startsAt: string, status: 'confirmed' | 'waiting' = 'confirmed') => {
			const { occurrence } = await insertOccurrence(db(), {
				groupId: f.group.id,
				organisationId: f.organisation.id,
				startsAt: new Date(startsAt)
			});
			await insertRegistration(db(), {
				occurrenceId: occurrence.id,
				accountId: f.registered.accountId,
				status
			});
			return occurrence;
		};
		const recent = await add('2026-05-12T16:00:00Z');
		const old = await add('2026-04-01T16:00:00Z');
		const waiting = await add('2026-06-16T16:00:00Z', 'waiting');
		const cancelled = await add('2026-06-23T16:00:00Z');
		await db()
			.update(sessionOccurrences)
			.set({ status: 'cancelled' })
			.where(eq(sessionOccurrences.id, cancelled.id));
		// Cancelled with its registrations released at that moment: still shown, as cancelled. A place given
		// up before stays out.
		const released = await add('2026-06-30T16:00:00Z');
		const cancelledAt = new Date('2026-05-30T08:00:00Z');
		await db()
			.update(sessionOccurrences)
			.set({ status: 'cancelled', cancelledAt })
			.where(eq(sessionOccurrences.id, released.id));
		await db()
			.update(sessionRegistrations)
			.set({ status: 'cancelled', cancelledAt })
			.where(eq(sessionRegistrations.occurrenceId, released.id));
		const givenUp = await add('2026-07-07T16:00:00Z');
		await db()
			.update(sessionRegistrations)
			.set({ status: 'cancelled', cancelledAt })
			.where(eq(sessionRegistrations.occurrenceId, givenUp.id));
		const feed = await feedOf(f.registered);
		const body = await readCalendarFeed(reader(), { token: feed.token }, { siteUrl: SITE });
		expect(body.split('BEGIN:VEVENT').find((event) => event.includes(released.id))).toContain(
			'STATUS:CANCELLED'
		);
		expect(body).not.toContain(`seance-${givenUp.id}@`);
		expect(body).toContain(`seance-${f.occurrence.id}@`);
		expect(body).toContain(`seance-${recent.id}@`);
		expect(body).not.toContain(`seance-${old.id}@`);
		expect(body).not.toContain(`seance-${waiting.id}@`);
		const cancelledEvent = body.split('BEGIN:VEVENT').find((event) => event.includes(cancelled.id))!;
		expect(cancelledEvent).toContain('STATUS:CANCELLED');
		expect(body).toContain('salle-secrete-4321');
	});

	it('answers NOT_FOUND for a revoked token, an unknown one and a malformed one', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const feed = await feedOf(f.registered);
		await revokeCalendarFeed(contextFor(db(), f.registered, { clock }), { feedId: feed.id });
		for (const token of [feed.token, 'A'.repeat(43), 'court', '../../etc/passwd']) {
			await expect(readCalendarFeed(reader(), { token }, { siteUrl: SITE })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}
	});

	it('lets only its owner revoke a feed', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const feed = await feedOf(f.registered);
		await expect(
			revokeCalendarFeed(contextFor(db(), f.unregistered, { clock }), { feedId: feed.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(readCalendarFeed(reader(), { token: feed.token }, { siteUrl: SITE })).resolves.toContain(
			'VCALENDAR'
		);
	});

	it('has no group or organisation name nor address when its owner is discreet', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z'), mode: 'in_person' });
		await setGatheringPreferences(contextFor(db(), f.registered), { discreet: true });
		const feed = await feedOf(f.registered);
		const body = await readCalendarFeed(reader(), { token: feed.token }, { siteUrl: SITE });
		expect(body).toContain('SUMMARY:Rendez-vous');
		expect(body).not.toContain('Groupe de parole');
		expect(body).not.toContain(f.organisation.name);
		expect(body).not.toContain('Capucins');
	});

	it('refuses an address that guessed wrong too often, even with a right token', async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const feed = await feedOf(f.registered);
		const ctx = reader();
		const guesses = await Promise.allSettled(
			Array.from({ length: FEED_MISS_RULE.capacity + 10 }, (_, index) =>
				readCalendarFeed(
					ctx,
					{ token: `${String(index).padStart(3, '0')}${'x'.repeat(40)}` },
					{ siteUrl: SITE }
				)
			)
		);
		expect(guesses.every((guess) => guess.status === 'rejected')).toBe(true);
		await expect(readCalendarFeed(ctx, { token: feed.token }, { siteUrl: SITE })).rejects.toMatchObject({
			code: 'RATE_LIMITED'
		});
		await expect(readCalendarFeed(reader(), { token: feed.token }, { siteUrl: SITE })).resolves.toContain(
			'VCALENDAR'
		);
	});

	it(`keeps at most ${MAX_LIVE_FEEDS} live feeds per person, even when created at once`, async () => {
		const f = await calendarsFixture(db(), { startsAt: new Date('2026-06-09T16:00:00Z') });
		const created = await Promise.allSettled(Array.from({ length: 20 }, () => feedOf(f.registered)));
		expect(created.filter((result) => result.status === 'fulfilled')).toHaveLength(MAX_LIVE_FEEDS);
		expect(created.find((result) => result.status === 'rejected')).toMatchObject({
			reason: { code: 'CONFLICT' }
		});
	});
});
