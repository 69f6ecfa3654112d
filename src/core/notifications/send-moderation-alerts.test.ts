import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { RecordingMailer } from '../../../tests/support/recording-mailer';
import { accounts } from '../../db/schema';
import { sendMessage } from '../conversations';
import { createReport, decideReport, fileAppeal } from '../moderation';
import type { Actor } from '../shared';
import type { Mailer } from './mailer';
import { sendModerationAlerts } from './send-moderation-alerts';
import { getNotificationPreferences, setNotificationPreferences } from './set-notification-preferences';

const db = useTestDatabase();
const MINUTE = 60_000;
const START = new Date('2026-11-22T10:00:00Z');
const at = (minutes: number) => ({ now: () => new Date(START.getTime() + minutes * MINUTE) });
const SITE = 'https://entraide.example.org';

async function giveEmail(actor: Actor): Promise<string> {
	const email = `${randomUUID()}@example.org`;
	await db().update(accounts).set({ email }).where(eq(accounts.id, actor.accountId));
	return email;
}

const optIn = (actor: Actor, moderationAlerts = true, discreetNotifications = false) =>
	setNotificationPreferences(
		contextFor(db(), actor),
		{ moderationAlerts, discreetNotifications },
		{ emailAvailable: true }
	);

/**
 * An organisation whose coordinator has an email address, and an accompaniment in it where the member
 * can report what the supporter writes.
 */
async function organisationWithReports() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'peer_supporter', 'moderator']
	});
	const [coordinator, member, supporter, moderator] = members as unknown as [Actor, Actor, Actor, Actor];
	const email = await giveEmail(coordinator);
	const { conversationId } = await openAccompaniment(db(), member, supporter);
	/** The supporter writes and the member reports it, `minutes` after START; returns the report's id. */
	const report = async (minutes: number) => {
		const clock = at(minutes);
		const { id } = await sendMessage(contextFor(db(), supporter, { clock }), {
			conversationId,
			messageId: randomUUID(),
			body: 'Un message déplacé'
		});
		const filed = await createReport(contextFor(db(), member, { clock }), {
			subjectKind: 'message',
			subjectId: id,
			reason: 'harassment',
			details: 'Il insiste, le prénom de ma sœur est Camille'
		});
		return filed.id;
	};
	return { organisation, coordinator, moderator, member, supporter, email, report };
}

const run = (mailer: Mailer, minutes: number) =>
	sendModerationAlerts(contextFor(db(), null, { clock: at(minutes) }), { mailer, siteUrl: SITE });

describe('sendModerationAlerts', () => {
	it('tells an opted-in coordinator once that reports wait, without saying anything about them', async () => {
		const { coordinator, supporter, email, report } = await organisationWithReports();
		const mailer = new RecordingMailer();
		await run(mailer, 1);
		expect(mailer.to(email)).toEqual([]); // opted in or not, nothing waits yet
		await optIn(coordinator);
		await report(2);
		expect(await run(mailer, 3)).toMatchObject({ sent: 1, failed: 0 });
		const [sent] = mailer.to(email);
		expect(sent!.subject).toBe('Des signalements attendent votre examen sur Entrepairs');
		expect(sent!.text).toContain(`${SITE}/moderation`);
		for (const secret of [supporter.pseudonym, 'Camille', 'déplacé', 'harcèlement', 'harassment'])
			expect(`${sent!.subject}\n${sent!.text}`).not.toContain(secret);
		// Nothing new: no second email, even hours later.
		await run(mailer, 30);
		await run(mailer, 300);
		expect(mailer.to(email)).toHaveLength(1);
	});

	it('writes at most once an hour, and again for a report that came after the last email', async () => {
		const { coordinator, email, report } = await organisationWithReports();
		await optIn(coordinator);
		const mailer = new RecordingMailer();
		await report(0);
		await run(mailer, 1);
		await report(10);
		await run(mailer, 20);
		expect(mailer.to(email)).toHaveLength(1);
		await run(mailer, 61);
		expect(mailer.to(email)).toHaveLength(2);
	});

	it('tells the staff who review it that an appeal waits, not the person who decided', async () => {
		const { coordinator, moderator, supporter, email, report } = await organisationWithReports();
		await optIn(coordinator);
		const moderatorEmail = await giveEmail(moderator);
		await optIn(moderator);
		const mailer = new RecordingMailer();
		const reportId = await report(0);
		await run(mailer, 1);
		expect(mailer.to(email)).toHaveLength(1);
		const { decisionId } = await decideReport(contextFor(db(), moderator, { clock: at(5) }), {
			reportId,
			action: 'hide_content',
			ground: 'harassment',
			statement: 'Des messages insistants après un refus clair : le message est masqué.'
		});
		await fileAppeal(contextFor(db(), supporter, { clock: at(70) }), {
			decisionId,
			reason: 'Je ne faisais que proposer mon aide, rien de plus, je conteste.'
		});
		await run(mailer, 71);
		expect(mailer.to(email)).toHaveLength(2);
		// The moderator who decided does not review their own decision: nothing waits for them.
		expect(mailer.to(moderatorEmail)).toHaveLength(1);
	});

	it('stays silent for someone who did not opt in, and for another organisation’s reports', async () => {
		const { coordinator, report } = await organisationWithReports();
		const other = await organisationWithReports();
		await optIn(other.coordinator);
		const mailer = new RecordingMailer();
		await report(0);
		await run(mailer, 5);
		expect(mailer.sent).toEqual([]);
		expect((await getNotificationPreferences(contextFor(db(), coordinator))).moderationAlerts).toBe(false);
	});

	it('sends the neutral email in discreet mode', async () => {
		const { coordinator, email, report } = await organisationWithReports();
		await optIn(coordinator, true, true);
		const mailer = new RecordingMailer();
		await report(0);
		await run(mailer, 5);
		const [sent] = mailer.to(email);
		expect(sent!.subject).toBe('Nouvelle notification');
		expect(`${sent!.subject}\n${sent!.text}`).not.toMatch(/Entrepairs|signalement|modération/i);
	});

	it('tries again at the next run when the mail server was unreachable', async () => {
		const { coordinator, email, report } = await organisationWithReports();
		await optIn(coordinator);
		const mailer = new RecordingMailer();
		await report(0);
		mailer.failing = true;
		expect(await run(mailer, 5)).toMatchObject({ sent: 0, failed: 1 });
		mailer.failing = false;
		expect(await run(mailer, 10)).toMatchObject({ sent: 1, failed: 0 });
		expect(mailer.to(email)).toHaveLength(1);
	});

	it('offers the choice to staff only, with an email address and mail on the instance', async () => {
		const { coordinator, member } = await organisationWithReports();
		await giveEmail(member);
		expect((await getNotificationPreferences(contextFor(db(), member))).moderates).toBe(false);
		expect((await getNotificationPreferences(contextFor(db(), coordinator))).moderates).toBe(true);
		await expect(optIn(member)).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'moderationAlerts', message: 'validation.notifications.staffOnly' }]
		});
		await expect(
			setNotificationPreferences(
				contextFor(db(), coordinator),
				{ moderationAlerts: true },
				{ emailAvailable: false }
			)
		).rejects.toMatchObject({
			fields: [{ field: 'moderationAlerts', message: 'validation.notifications.unavailable' }]
		});
		const { members } = await buildOrganisation(db(), { members: ['coordinator'] });
		await expect(optIn(members[0] as unknown as Actor)).rejects.toMatchObject({
			fields: [{ field: 'moderationAlerts', message: 'validation.notifications.needsEmail' }]
		});
		// Turning it off never needs anything.
		await expect(optIn(member, false)).resolves.toMatchObject({ moderationAlerts: false });
	});
});
