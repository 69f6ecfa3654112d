import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { RecordingMailer } from '../../../tests/support/recording-mailer';
import { readAndRecord } from '../../../tests/support/views';
import { accounts } from '../../db/schema';
import { addGroupParticipants, sendMessage, setMuted, startGroupConversation } from '../conversations';
import { joinOrganisation, manageMembership } from '../organisations';

import type { Actor } from '../shared';
import type { Mailer } from './mailer';
import { sendNotificationDigests } from './send-notification-digests';
import { getNotificationPreferences, setNotificationPreferences } from './set-notification-preferences';

const db = useTestDatabase();
const MINUTE = 60_000;
const START = new Date('2026-11-22T10:00:00Z');
const at = (minutes: number) => ({ now: () => new Date(START.getTime() + minutes * MINUTE) });
const SITE = 'https://entraide.example.org';

/** A member (who writes) and a supporter with an email address, in an open accompaniment. */
async function accompanied(options: { optIn?: boolean; discreet?: boolean } = {}) {
	const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
	const [member, supporter] = members as unknown as [Actor, Actor];
	const email = `${randomUUID()}@example.org`;
	await db().update(accounts).set({ email }).where(eq(accounts.id, supporter.accountId));
	const { conversationId } = await openAccompaniment(db(), member, supporter);
	if (options.optIn ?? true)
		await setNotificationPreferences(
			contextFor(db(), supporter),
			{ emailDigest: true, discreetNotifications: options.discreet ?? false },
			{ emailAvailable: true }
		);
	return { member, supporter, email, conversationId };
}

const say = (
	actor: Actor,
	conversationId: string,
	minutes: number,
	body = 'Je m’appelle Camille, au secours'
) =>
	sendMessage(contextFor(db(), actor, { clock: at(minutes) }), {
		conversationId,
		messageId: randomUUID(),
		body
	});

const runDigest = (mailer: Mailer, minutes: number) =>
	sendNotificationDigests(contextFor(db(), null, { clock: at(minutes) }), { mailer, siteUrl: SITE });

describe('sendNotificationDigests', () => {
	it('sends nothing to someone who did not opt in', async () => {
		const { member, email, conversationId } = await accompanied({ optIn: false });
		await say(member, conversationId, 0);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 60);
		expect(mailer.to(email)).toEqual([]);
	});

	it('sends one email without content, pseudonym or organisation once unread for 15 minutes, then nothing', async () => {
		const { member, email, conversationId } = await accompanied();
		await say(member, conversationId, 0);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 10);
		expect(mailer.to(email)).toEqual([]);
		await runDigest(mailer, 16);
		expect(mailer.to(email)).toHaveLength(1);
		const [sent] = mailer.to(email);
		expect(sent!.subject).toBe('Vous avez un nouveau message sur Entrepairs');
		expect(sent!.text).toContain(`${SITE}/conversations`);
		for (const secret of [member.pseudonym, 'Camille', 'GEM'])
			expect(`${sent!.subject}\n${sent!.text}`).not.toContain(secret);
		await runDigest(mailer, 21);
		await runDigest(mailer, 60 * 20);
		expect(mailer.to(email)).toHaveLength(1);
	});

	it('writes again the next day for a new message, not for the old one', async () => {
		const { member, email, conversationId } = await accompanied();
		await say(member, conversationId, 0);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 20);
		await runDigest(mailer, 60 * 25);
		expect(mailer.to(email)).toHaveLength(1);
		await say(member, conversationId, 60 * 26);
		await runDigest(mailer, 60 * 26 + 5);
		expect(mailer.to(email)).toHaveLength(1);
		await runDigest(mailer, 60 * 26 + 20);
		expect(mailer.to(email)).toHaveLength(2);
	});

	it('in discreet mode names neither the platform nor anyone', async () => {
		const { member, email, conversationId } = await accompanied({ discreet: true });
		await say(member, conversationId, 0);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 20);
		const [sent] = mailer.to(email);
		expect(sent).toMatchObject({ subject: 'Nouvelle notification' });
		expect(sent!.text).toContain('Vous avez une nouvelle notification.');
		expect(sent!.text).toContain(SITE);
		for (const secret of ['Entrepairs', 'entrepairs', member.pseudonym, 'Camille', 'GEM', 'message'])
			expect(`${sent!.subject}\n${sent!.text}`).not.toContain(secret);
	});

	it('writes in English to someone who chose English', async () => {
		const { member, supporter, email, conversationId } = await accompanied();
		await db().update(accounts).set({ locale: 'en' }).where(eq(accounts.id, supporter.accountId));
		await say(member, conversationId, 0);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 20);
		expect(mailer.to(email)[0]?.subject).toBe('You have a new message on Entrepairs');
	});

	it('ignores muted conversations and messages already read', async () => {
		const muted = await accompanied();
		await say(muted.member, muted.conversationId, 0);
		await setMuted(contextFor(db(), muted.supporter), { conversationId: muted.conversationId, muted: 'on' });
		const read = await accompanied();
		await say(read.member, read.conversationId, 0);
		// Read as the page does: the view is recorded in the process's batch.
		await readAndRecord(contextFor(db(), read.supporter, { clock: at(1) }), {
			conversationId: read.conversationId
		});
		const mailer = new RecordingMailer();
		await runDigest(mailer, 30);
		expect(mailer.to(muted.email)).toEqual([]);
		expect(mailer.to(read.email)).toEqual([]);
	});

	it('keeps last_digest_at when the mail server fails, and retries at the next run', async () => {
		const { member, supporter, email, conversationId } = await accompanied();
		await say(member, conversationId, 0);
		const mailer = new RecordingMailer();
		mailer.failing = true;
		await runDigest(mailer, 20);
		const [after] = await db()
			.select({ lastDigestAt: accounts.lastDigestAt })
			.from(accounts)
			.where(eq(accounts.id, supporter.accountId));
		expect(after!.lastDigestAt).toBeNull();
		mailer.failing = false;
		await runDigest(mailer, 25);
		expect(mailer.to(email)).toHaveLength(1);
	});

	it('counts for a group’s newcomer only what was committed after they joined, whatever its time', async () => {
		const { organisation, members } = await buildOrganisation(db(), {
			members: ['coordinator', 'member', 'member']
		});
		const [coordinator, writer, newcomer] = members as unknown as [Actor, Actor, Actor];
		const email = `${randomUUID()}@example.org`;
		await db().update(accounts).set({ email }).where(eq(accounts.id, newcomer.accountId));
		await setNotificationPreferences(
			contextFor(db(), newcomer),
			{ emailDigest: true },
			{ emailAvailable: true }
		);
		const { conversationId } = await startGroupConversation(
			contextFor(db(), coordinator, { clock: at(-60) }),
			{
				slug: organisation.slug,
				title: 'Groupe du jeudi',
				participantIds: [writer.accountId]
			}
		);
		// Stamped after the newcomer's arrival by a clock ahead, but committed before it.
		await say(writer, conversationId, 5);
		await addGroupParticipants(contextFor(db(), coordinator, { clock: at(0) }), {
			conversationId,
			participantIds: [newcomer.accountId]
		});
		const mailer = new RecordingMailer();
		await runDigest(mailer, 30);
		expect(mailer.to(email)).toEqual([]);
		// Stamped before their arrival by a clock behind, but committed after it: theirs to read.
		await say(writer, conversationId, -5);
		await runDigest(mailer, 31);
		expect(mailer.to(email)).toHaveLength(1);
	});
});

describe('setNotificationPreferences', () => {
	it('refuses the email digest without an email address, or when the instance has no mail', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member'] });
		const [person] = members as unknown as [Actor];
		const ctx = contextFor(db(), person);
		await expect(
			setNotificationPreferences(ctx, { emailDigest: 'on' }, { emailAvailable: true })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'emailDigest', message: 'validation.notifications.needsEmail' }]
		});
		await db()
			.update(accounts)
			.set({ email: `${randomUUID()}@example.org` })
			.where(eq(accounts.id, person.accountId));
		await expect(
			setNotificationPreferences(ctx, { emailDigest: true }, { emailAvailable: false })
		).rejects.toMatchObject({
			fields: [{ field: 'emailDigest', message: 'validation.notifications.unavailable' }]
		});
		await setNotificationPreferences(ctx, { emailDigest: true }, { emailAvailable: true });
		await setNotificationPreferences(ctx, { discreetNotifications: true }, { emailAvailable: false });
		expect(await getNotificationPreferences(ctx)).toEqual({
			emailDigest: true,
			discreetNotifications: true,
			moderationAlerts: false,
			moderates: false
		});
	});
});

describe('sendNotificationDigests and the notification centre', () => {
	/** A person with an email address whose join request a coordinator approves `minutes` after START. */
	async function approvedNewcomer(discreet: boolean) {
		const { organisation, coordinator } = await buildOrganisation(db(), { joinPolicy: 'request' });
		const newcomer = await buildAccount(db());
		const email = `${randomUUID()}@example.org`;
		await db().update(accounts).set({ email }).where(eq(accounts.id, newcomer.accountId));
		await setNotificationPreferences(
			contextFor(db(), newcomer),
			{ emailDigest: true, discreetNotifications: discreet },
			{ emailAvailable: true }
		);
		const { membershipId } = await joinOrganisation(contextFor(db(), newcomer, { clock: at(0) }), {
			slug: organisation.slug,
			acceptCharter: true
		});
		await manageMembership(contextFor(db(), coordinator, { clock: at(1) }), {
			slug: organisation.slug,
			membershipId,
			decision: 'approve'
		});
		return { organisation, email };
	}

	it('announces new notifications by count and kind only, once', async () => {
		const { organisation, email } = await approvedNewcomer(false);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 10);
		expect(mailer.to(email)).toEqual([]);
		await runDigest(mailer, 20);
		const [sent] = mailer.to(email);
		expect(sent!.subject).toBe('Du nouveau vous attend sur Entrepairs');
		expect(sent!.text).toContain('1 nouvelle notification (adhésion).');
		expect(sent!.text).toContain(`${SITE}/notifications`);
		for (const secret of [organisation.name, 'GEM', 'acceptée'])
			expect(`${sent!.subject}\n${sent!.text}`).not.toContain(secret);
		await runDigest(mailer, 60 * 30);
		expect(mailer.to(email)).toHaveLength(1);
	});

	it('keeps the discreet email neutral, whatever waits', async () => {
		const { email } = await approvedNewcomer(true);
		const mailer = new RecordingMailer();
		await runDigest(mailer, 20);
		const [sent] = mailer.to(email);
		expect(sent!.subject).toBe('Nouvelle notification');
		expect(sent!.text).not.toMatch(/Entrepairs|adhésion|notifications/);
	});
});
