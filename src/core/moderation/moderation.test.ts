import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	PASSWORD,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { accounts, helpRequests, memberships, sessions } from '../../db/schema';
import { signIn } from '../accounts';
import { resolveSession } from '../accounts/sessions';
import { readConversation, sendMessage } from '../conversations';

import { exportPersonalData } from '../my-data';
import { DomainError, type Actor } from '../shared';
import { addModerationNote } from './add-moderation-note';
import { assignReport } from './assign-report';
import { createReport } from './create-report';
import { decideReport } from './decide-report';
import { moderationQueue, openReportCount } from './moderation-queue';
import { myModerationRecord } from './my-moderation-record';
import { reportDetail } from './report-detail';

const db = useTestDatabase();
const STATEMENT = 'Ce message demande de l’argent à une personne accompagnée, ce que la charte interdit.';

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((error) => error instanceof DomainError && error.code === code);
}

/** An organisation with a member accompanied by a supporter, a moderator, and a conversation with messages. */
async function scene() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'moderator', 'member', 'coordinator']
	});
	const [member, supporter, moderator, bystander, coordinator] = members as unknown as Actor[];
	const other = await buildOrganisation(db(), { members: ['moderator'] });
	const otherModerator = other.members[0] as unknown as Actor;
	const admin = await buildAccount(db(), { isInstanceAdmin: true });
	const { conversationId } = await openAccompaniment(db(), member!, supporter!);
	const [help] = await db()
		.select({ id: helpRequests.id })
		.from(helpRequests)
		.where(eq(helpRequests.requesterId, member!.accountId));
	const ids: string[] = [];
	for (const [author, body] of [
		[member, 'Bonjour, merci d’avoir accepté.'],
		[supporter, 'Avec plaisir, comment allez-vous ?'],
		[member, 'Pas très bien cette semaine.'],
		[supporter, 'Pouvez-vous me faire un virement de 200 euros ?'],
		[member, 'Euh, je ne sais pas.'],
		[supporter, 'C’est urgent.'],
		[member, 'Je vais réfléchir.']
	] as const) {
		const messageId = randomUUID();
		await sendMessage(contextFor(db(), author!), { conversationId, messageId, body });
		ids.push(messageId);
	}
	return {
		organisation,
		member: member!,
		supporter: supporter!,
		moderator: moderator!,
		bystander: bystander!,
		coordinator: coordinator!,
		otherModerator,
		admin,
		conversationId,
		helpRequestId: help!.id,
		moneyMessageId: ids[3]!,
		ids
	};
}

describe('reports', () => {
	it('go to the moderators of the organisation where it happened, and only to them', async () => {
		const s = await scene();
		const filed = await createReport(contextFor(db(), s.member), {
			subjectKind: 'message',
			subjectId: s.moneyMessageId,
			reason: 'scam_money',
			details: 'Il insiste.'
		});
		expect(filed.created).toBe(true);
		const ctx = contextFor(db(), s.member);
		const again = await createReport(ctx, {
			subjectKind: 'message',
			subjectId: s.moneyMessageId,
			reason: 'other'
		});
		expect(again).toEqual({ id: filed.id, created: false });

		for (const staff of [s.moderator, s.coordinator]) {
			const queue = await moderationQueue(contextFor(db(), staff));
			expect(queue.items.map((item) => item.id)).toContain(filed.id);
			const item = queue.items.find((entry) => entry.id === filed.id)!;
			expect(item).toMatchObject({ reason: 'scam_money', subject: { accountId: s.supporter.accountId } });
			expect(await openReportCount(contextFor(db(), staff))).toBeGreaterThanOrEqual(1);
		}
		// Another organisation's moderator and the instance admin do not see it; members have no queue.
		expect(
			(await moderationQueue(contextFor(db(), s.otherModerator))).items.map((item) => item.id)
		).not.toContain(filed.id);
		expect((await moderationQueue(contextFor(db(), s.admin))).items.map((item) => item.id)).not.toContain(
			filed.id
		);
		await expectCode(reportDetail(contextFor(db(), s.otherModerator), { reportId: filed.id }), 'NOT_FOUND');
		await expectCode(reportDetail(contextFor(db(), s.admin), { reportId: filed.id }), 'NOT_FOUND');
		await expectCode(moderationQueue(contextFor(db(), s.member)), 'NOT_FOUND');
		expect(await openReportCount(contextFor(db(), s.member))).toBeNull();
	});

	it('refuse what the reporter cannot see, their own words, bad input and floods', async () => {
		const s = await scene();
		await expectCode(
			createReport(contextFor(db(), s.bystander), {
				subjectKind: 'message',
				subjectId: s.moneyMessageId,
				reason: 'hate'
			}),
			'NOT_FOUND'
		);
		await expectCode(
			createReport(contextFor(db(), s.supporter), {
				subjectKind: 'message',
				subjectId: s.moneyMessageId,
				reason: 'hate'
			}),
			'INVALID'
		);
		await expectCode(
			createReport(contextFor(db(), s.member), {
				subjectKind: 'message',
				subjectId: s.moneyMessageId,
				reason: 'nope' as 'hate'
			}),
			'INVALID'
		);
		// The supporter who received the help request may report it; a bystander may not.
		await createReport(contextFor(db(), s.supporter), {
			subjectKind: 'help_request',
			subjectId: s.helpRequestId,
			reason: 'other'
		});
		await expectCode(
			createReport(contextFor(db(), s.bystander), {
				subjectKind: 'help_request',
				subjectId: s.helpRequestId,
				reason: 'other'
			}),
			'NOT_FOUND'
		);
		// Profiles: anyone sharing an organisation; a stranger's profile does not exist for them.
		const stranger = await buildAccount(db());
		await expectCode(
			createReport(contextFor(db(), stranger), {
				subjectKind: 'profile',
				subjectId: s.supporter.accountId,
				reason: 'hate'
			}),
			'NOT_FOUND'
		);
		const ctx = contextFor(db(), s.bystander);
		const profiles = [s.member, s.supporter, s.moderator, s.coordinator];
		let filed = 0;
		for (const person of profiles) {
			await createReport(ctx, { subjectKind: 'profile', subjectId: person.accountId, reason: 'other' });
			filed++;
		}
		// Ten an hour, then a clear "too many".
		const extra = await buildOrganisation(db(), { members: Array(10).fill('member') });
		for (const person of extra.members) {
			await db().insert(memberships).values({
				organisationId: s.organisation.id,
				accountId: person.accountId,
				role: 'member',
				status: 'active',
				charterVersionAccepted: 1,
				charterAcceptedAt: new Date()
			});
		}
		const rest = extra.members.slice(0, 10 - filed);
		for (const person of rest)
			await createReport(ctx, { subjectKind: 'profile', subjectId: person.accountId, reason: 'other' });
		await expectCode(
			createReport(ctx, { subjectKind: 'profile', subjectId: extra.members[9]!.accountId, reason: 'other' }),
			'RATE_LIMITED'
		);
	});

	it('never hide anything by themselves, however many people report', async () => {
		const s = await scene();
		const crowd = await buildOrganisation(db(), { members: Array(12).fill('member') });
		// Twelve members of the conversation's organisation cannot see the conversation: they cannot report it.
		for (const person of crowd.members)
			await expectCode(
				createReport(contextFor(db(), person), {
					subjectKind: 'message',
					subjectId: s.moneyMessageId,
					reason: 'hate'
				}),
				'NOT_FOUND'
			);
		// The participant reports it again and again (one report stands); nothing is hidden without a decision.
		for (let attempt = 0; attempt < 5; attempt++)
			await createReport(contextFor(db(), s.member), {
				subjectKind: 'message',
				subjectId: s.ids[1]!,
				reason: 'harassment'
			});
		const page = await readConversation(contextFor(db(), s.member), { conversationId: s.conversationId });
		expect(page.messages.every((message) => !message.hidden && message.body)).toBe(true);
	});
});

describe('moderation', () => {
	it('shows only the reported message and its neighbours, and tells the people concerned', async () => {
		const s = await scene();
		const { id } = await createReport(contextFor(db(), s.member), {
			subjectKind: 'message',
			subjectId: s.moneyMessageId,
			reason: 'scam_money'
		});
		const detail = await reportDetail(contextFor(db(), s.moderator), { reportId: id });
		expect(detail.content.kind).toBe('message');
		if (detail.content.kind !== 'message') throw new Error('unreachable');
		expect(detail.content.excerpt.map((message) => message.id)).toEqual(s.ids.slice(1, 6));
		expect(detail.content.excerpt.find((message) => message.reported)?.body).toContain('virement');
		expect(detail.allowedActions).toEqual([
			'no_action',
			'hide_content',
			'warn',
			'remove_from_organisation',
			'escalate'
		]);
		// Opening it twice is one access; both authors in the excerpt see it, by role; in a conversation of
		// two the reason would point to the reporter, so it is left out.
		await reportDetail(contextFor(db(), s.moderator), { reportId: id });
		for (const person of [s.member, s.supporter]) {
			const record = await myModerationRecord(contextFor(db(), person));
			expect(record.accesses).toHaveLength(1);
			expect(record.accesses[0]).toMatchObject({
				staffRole: 'moderator',
				what: 'message_excerpt',
				why: null
			});
			expect(JSON.stringify(record)).not.toContain(s.moderator.pseudonym);
		}

		await assignReport(contextFor(db(), s.moderator), { reportId: id, assignee: 'me' });
		await addModerationNote(contextFor(db(), s.moderator), {
			reportId: id,
			body: 'Deuxième fois ce mois-ci.'
		});
		const mine = await moderationQueue(contextFor(db(), s.moderator), { assigned: 'me' });
		expect(mine.items.map((item) => item.id)).toEqual([id]);

		await expectCode(
			decideReport(contextFor(db(), s.moderator), {
				reportId: id,
				action: 'hide_content',
				ground: 'scam_money',
				statement: 'Trop court.'
			}),
			'INVALID'
		);
		await expectCode(
			decideReport(contextFor(db(), s.moderator), {
				reportId: id,
				action: 'suspend',
				ground: 'scam_money',
				statement: STATEMENT,
				suspendDays: 7
			}),
			'FORBIDDEN'
		);
		const ctx = contextFor(db(), s.moderator);
		await decideReport(ctx, {
			reportId: id,
			action: 'hide_content',
			ground: 'scam_money',
			statement: STATEMENT
		});
		expect(ctx.events.events.map((event) => event.type)).toEqual([
			'report.changed',
			'moderation.decided',
			'message.changed',
			// The reporter (their report handled) and the author (the decision about them) are told.
			'notification.created',
			'notification.created'
		]);
		await expectCode(
			decideReport(contextFor(db(), s.moderator), {
				reportId: id,
				action: 'warn',
				ground: 'scam_money',
				statement: STATEMENT
			}),
			'CONFLICT'
		);

		const page = await readConversation(contextFor(db(), s.member), { conversationId: s.conversationId });
		const hidden = page.messages.find((message) => message.id === s.moneyMessageId)!;
		expect(hidden).toMatchObject({ hidden: true, body: null, canEdit: false });
		const authorRecord = await myModerationRecord(contextFor(db(), s.supporter));
		expect(authorRecord.decisions).toEqual([
			expect.objectContaining({
				action: 'hide_content',
				ground: 'scam_money',
				statement: STATEMENT,
				organisation: s.organisation.name
			})
		]);
		const reporterRecord = await myModerationRecord(contextFor(db(), s.member));
		expect(reporterRecord.reports).toEqual([expect.objectContaining({ id, outcome: 'hide_content' })]);
		expect(reporterRecord.decisions).toEqual([]);
		const detail2 = await reportDetail(contextFor(db(), s.moderator), { reportId: id });
		expect(detail2.notes.map((note) => note.body)).toEqual(['Deuxième fois ce mois-ci.']);
		expect(detail2.allowedActions).toEqual([]);
	});

	it('escalates to instance admins, who can suspend: sessions end and sign-in is refused', async () => {
		const s = await scene();
		const { id } = await createReport(contextFor(db(), s.member), {
			subjectKind: 'message',
			subjectId: s.moneyMessageId,
			reason: 'scam_money'
		});
		await decideReport(contextFor(db(), s.moderator), {
			reportId: id,
			action: 'escalate',
			ground: 'scam_money',
			statement: 'Récidive possible : à voir par l’équipe de la plateforme.'
		});
		expect((await moderationQueue(contextFor(db(), s.moderator))).items.map((item) => item.id)).not.toContain(
			id
		);
		expect((await moderationQueue(contextFor(db(), s.admin))).items.map((item) => item.id)).toContain(id);
		expect((await myModerationRecord(contextFor(db(), s.member))).reports[0]!.outcome).toBe('escalated');
		expect((await myModerationRecord(contextFor(db(), s.supporter))).decisions).toEqual([]);

		const session = await signIn(contextFor(db(), null), {
			pseudonym: s.supporter.pseudonym,
			password: PASSWORD
		});
		const ctx = contextFor(db(), s.admin);
		const decided = await decideReport(ctx, {
			reportId: id,
			action: 'suspend',
			ground: 'scam_money',
			statement: STATEMENT,
			suspendDays: 7
		});
		expect(ctx.events.events).toContainEqual({ type: 'account.suspended', accountId: s.supporter.accountId });
		expect(await db().select().from(sessions).where(eq(sessions.accountId, s.supporter.accountId))).toEqual(
			[]
		);
		expect(await resolveSession(db(), session.token, new Date())).toBeNull();
		await expect(
			signIn(contextFor(db(), null), { pseudonym: s.supporter.pseudonym, password: PASSWORD })
		).rejects.toMatchObject({
			code: 'FORBIDDEN',
			messageKey: 'error.accountSuspended'
		});
		// A wrong password says nothing about the suspension.
		await expect(
			signIn(contextFor(db(), null), { pseudonym: s.supporter.pseudonym, password: 'wrong password here' })
		).rejects.toMatchObject({
			code: 'INVALID'
		});
		const [account] = await db()
			.select({ until: accounts.suspendedUntil })
			.from(accounts)
			.where(eq(accounts.id, s.supporter.accountId));
		expect(account!.until).toEqual(decided.suspendedUntil);
		const record = await myModerationRecord(contextFor(db(), s.supporter));
		expect(record.decisions[0]).toMatchObject({ action: 'suspend', statement: STATEMENT });
	});

	it('removes from the organisation, and exports what concerns the person', async () => {
		const s = await scene();
		const { id } = await createReport(contextFor(db(), s.bystander), {
			subjectKind: 'profile',
			subjectId: s.supporter.accountId,
			reason: 'harassment'
		});
		const detail = await reportDetail(contextFor(db(), s.coordinator), { reportId: id });
		expect(detail.content.kind).toBe('profile');
		await decideReport(contextFor(db(), s.coordinator), {
			reportId: id,
			action: 'remove_from_organisation',
			ground: 'harassment',
			statement: 'Plusieurs membres ont signalé des messages insistants malgré des refus clairs.'
		});
		const left = await db()
			.select()
			.from(memberships)
			.where(eq(memberships.accountId, s.supporter.accountId));
		expect(left.filter((row) => row.organisationId === s.organisation.id)).toEqual([]);
		const exported = (await exportPersonalData(contextFor(db(), s.supporter))) as Record<string, unknown>;
		expect(JSON.stringify(exported)).toContain('Plusieurs membres ont signalé');
		const reporterExport = (await exportPersonalData(contextFor(db(), s.bystander))) as Record<
			string,
			unknown
		>;
		expect(JSON.stringify(reporterExport)).toContain('harassment');
	});
});
