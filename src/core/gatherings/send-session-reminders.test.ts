import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarsFixture } from '../../../tests/support/calendars';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import { insertRegistration } from '../../../tests/support/gatherings';
import { RecordingMailer } from '../../../tests/support/recording-mailer';
import { accounts, sessionRegistrations } from '../../db/schema';
import type { Actor } from '../shared';
import { reminderTime } from './reminder-email';
import { sendSessionReminders } from './send-session-reminders';
import { setGatheringPreferences } from './set-gathering-preferences';

const db = useTestDatabase();
const SITE = 'https://entraide.example.org';
// Tuesday 9 June 2026, 18:00 in Paris; the job runs the day before at 17:30 Paris time.
const STARTS = new Date('2026-06-09T16:00:00Z');
const NOW = new Date(STARTS.getTime() - 24.5 * 3_600_000);
const ctxAt = (now: Date) => contextFor(db(), null, { clock: { now: () => now } });

async function withEmail(actor: Actor) {
	const email = `${randomUUID()}@example.org`;
	await db().update(accounts).set({ email }).where(eq(accounts.id, actor.accountId));
	return email;
}

describe('the day-before reminder', () => {
	it('writes the group, the time and the place, once, to people who chose it', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS, mode: 'in_person' });
		const email = await withEmail(f.registered);
		await setGatheringPreferences(contextFor(db(), f.registered), { reminders: true });
		const mailer = new RecordingMailer();
		await sendSessionReminders(ctxAt(NOW), { mailer, siteUrl: SITE });
		await sendSessionReminders(ctxAt(new Date(NOW.getTime() + 10 * 60_000)), { mailer, siteUrl: SITE });
		const [sent, ...more] = mailer.to(email);
		expect(more).toEqual([]);
		expect(sent!.subject).toBe('Rappel\u202f: Groupe de parole du mardi demain à 18\u00a0h');
		expect(sent!.text).toContain('12 rue des Capucins');
		expect(sent!.text).toContain(`${SITE}/seances/${f.occurrence.id}`);
		expect(sent!.text).not.toContain('salle-secrete');
	});

	it('is one neutral sentence in discreet mode', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		const email = await withEmail(f.registered);
		await setGatheringPreferences(contextFor(db(), f.registered), { reminders: true, discreet: true });
		const mailer = new RecordingMailer();
		await sendSessionReminders(ctxAt(NOW), { mailer, siteUrl: SITE });
		const [sent] = mailer.to(email);
		expect(sent!.subject).toBe('Rappel\u202f: rendez-vous demain à 18\u00a0h');
		expect(`${sent!.subject}${sent!.text}`).not.toMatch(/Groupe de parole|GEM|Capucins/);
	});

	it('skips people who did not choose it, people waiting, and sessions outside 24 to 25 hours', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		const unchosen = await withEmail(f.registered);
		const waiting = await withEmail(f.unregistered);
		await setGatheringPreferences(contextFor(db(), f.unregistered), { reminders: true });
		await insertRegistration(db(), {
			occurrenceId: f.occurrence.id,
			accountId: f.unregistered.accountId,
			status: 'waiting'
		});
		const mailer = new RecordingMailer();
		await sendSessionReminders(ctxAt(NOW), { mailer, siteUrl: SITE });
		await sendSessionReminders(ctxAt(new Date(STARTS.getTime() - 26 * 3_600_000)), { mailer, siteUrl: SITE });
		expect(mailer.to(unchosen)).toEqual([]);
		expect(mailer.to(waiting)).toEqual([]);
	});

	it('gives the claim back when the mail server fails, so the next run retries', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		const email = await withEmail(f.registered);
		await setGatheringPreferences(contextFor(db(), f.registered), { reminders: true });
		const mailer = new RecordingMailer();
		mailer.failing = true;
		expect(await sendSessionReminders(ctxAt(NOW), { mailer, siteUrl: SITE })).toMatchObject({ failed: 1 });
		mailer.failing = false;
		await sendSessionReminders(ctxAt(NOW), { mailer, siteUrl: SITE });
		expect(mailer.to(email)).toHaveLength(1);
	});

	it('sends each reminder once when many runs race', async () => {
		const f = await calendarsFixture(db(), { startsAt: STARTS });
		const email = await withEmail(f.registered);
		await setGatheringPreferences(contextFor(db(), f.registered), { reminders: true });
		const mailer = new RecordingMailer();
		await Promise.all(
			Array.from({ length: 20 }, () => sendSessionReminders(ctxAt(NOW), { mailer, siteUrl: SITE }))
		);
		expect(mailer.to(email)).toHaveLength(1);
		const [registration] = await db()
			.select({ remindedAt: sessionRegistrations.remindedAt })
			.from(sessionRegistrations)
			.where(eq(sessionRegistrations.accountId, f.registered.accountId));
		expect(registration!.remindedAt).toEqual(NOW);
	});

	it('reads "18 h" and "18 h 30" in French, whatever the season', () => {
		expect(reminderTime('fr', new Date('2026-12-08T17:00:00Z'))).toBe('18\u00a0h');
		expect(reminderTime('fr', new Date('2026-06-09T16:30:00Z'))).toBe('18\u00a0h\u00a030');
		expect(reminderTime('en', new Date('2026-06-09T16:30:00Z'))).toBe('18:30');
	});
});
