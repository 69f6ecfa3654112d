import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildAccount,
	buildOrganisation,
	contextFor,
	openAccompaniment,
	PASSWORD
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import {
	accounts,
	helpRequests,
	memberships,
	moderationAppeals,
	moderationDecisions,
	reports,
	staffAccessLog
} from '../../db/schema';
import { signIn } from '../accounts';
import { deleteMessage, readConversation, sendMessage } from '../conversations';
import { exportPersonalData } from '../my-data';
import { DomainError, type Actor } from '../shared';
import { appealDetail } from './appeal-detail';
import { appealQueue } from './appeal-queue';
import { appealSuspension } from './appeal-suspension';
import { createReport } from './create-report';
import { decideAppeal } from './decide-appeal';
import { decideReport } from './decide-report';
import { fileAppeal } from './file-appeal';
import { moderationQueue, openReportCount } from './moderation-queue';
import { myModerationRecord } from './my-moderation-record';
import { reportDetail } from './report-detail';

const db = useTestDatabase();
const STATEMENT = 'Ce message demande de l’argent à une personne accompagnée, ce que la charte interdit.';
const REASON = 'Je plaisantais, la personne le savait : nous en avions parlé avant.';
const ANSWER = 'Après relecture, le message était une plaisanterie entre les deux personnes.';
const DAY_MS = 24 * 60 * 60 * 1000;

async function expectCode(promise: Promise<unknown>, code: string, messageKey?: string) {
	await expect(promise).rejects.toSatisfy(
		(error) =>
			error instanceof DomainError &&
			error.code === code &&
			(messageKey === undefined || error.messageKey === messageKey)
	);
}

/**
 * An organisation (its creator, an instance admin, coordinates it) with a member accompanied by a
 * supporter, a moderator, a second coordinator and a bystander; a stranger; an admin from outside; and
 * a message of the supporter's in their conversation.
 */
async function scene(roles: Array<'moderator' | 'coordinator'> = ['moderator', 'coordinator']) {
	const {
		organisation,
		coordinator: creator,
		members
	} = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'member', ...roles]
	});
	const [member, supporter, bystander, moderator, coordinator] = members as unknown as Actor[];
	const other = await buildOrganisation(db(), { members: ['moderator'] });
	const { conversationId } = await openAccompaniment(db(), member!, supporter!);
	const messageId = randomUUID();
	await sendMessage(contextFor(db(), supporter!), {
		conversationId,
		messageId,
		body: 'Tu peux me prêter 200 euros ?'
	});
	return {
		organisation,
		creator,
		member: member!,
		supporter: supporter!,
		bystander: bystander!,
		moderator: moderator!,
		coordinator: coordinator!,
		otherModerator: other.members[0] as unknown as Actor,
		stranger: await buildAccount(db()),
		outsideAdmin: await buildAccount(db(), { isInstanceAdmin: true }),
		conversationId,
		messageId
	};
}

/** The member reports the supporter's message; `decider` decides `action`. */
async function decided(
	s: Awaited<ReturnType<typeof scene>>,
	decider: Actor,
	action: 'hide_content' | 'warn' | 'no_action'
) {
	const report = await createReport(contextFor(db(), s.member), {
		subjectKind: 'message',
		subjectId: s.messageId,
		reason: 'scam_money'
	});
	const decision = await decideReport(contextFor(db(), decider), {
		reportId: report.id,
		action,
		ground: 'scam_money',
		statement: STATEMENT
	});
	return { reportId: report.id, decisionId: decision.decisionId };
}

const queueIds = async (staff: Actor) =>
	(await appealQueue(contextFor(db(), staff))).items.map((item) => item.id);

const messageIn = async (s: Awaited<ReturnType<typeof scene>>) =>
	(await readConversation(contextFor(db(), s.member), { conversationId: s.conversationId })).messages.find(
		(message) => message.id === s.messageId
	)!;

describe('filing an appeal', () => {
	it('lets the person concerned contest once, and nobody else', async () => {
		const s = await scene();
		const { decisionId } = await decided(s, s.moderator, 'hide_content');
		for (const someone of [s.stranger, s.bystander, s.otherModerator, s.coordinator])
			await expectCode(fileAppeal(contextFor(db(), someone), { decisionId, reason: REASON }), 'NOT_FOUND');
		await expectCode(
			fileAppeal(contextFor(db(), s.supporter), { decisionId, reason: 'Trop court.' }),
			'INVALID'
		);
		await expectCode(
			fileAppeal(contextFor(db(), s.supporter), { decisionId: randomUUID(), reason: REASON }),
			'NOT_FOUND'
		);
		const record = await myModerationRecord(contextFor(db(), s.supporter));
		expect(record.decisions[0]!.appeal).toMatchObject({
			refusal: null,
			reviewTier: 'organisation',
			mine: null
		});

		const ctx = contextFor(db(), s.supporter);
		const appeal = await fileAppeal(ctx, { decisionId, reason: REASON });
		expect(appeal).toMatchObject({ appellantRole: 'subject', status: 'open', reviewTier: 'organisation' });
		expect(ctx.events.events).toEqual([
			{ type: 'appeal.filed', appealId: appeal.id, organisationId: s.organisation.id }
		]);
		await expectCode(
			fileAppeal(contextFor(db(), s.supporter), { decisionId, reason: REASON }),
			'CONFLICT',
			'error.appealAlreadyFiled'
		);
		const after = await myModerationRecord(contextFor(db(), s.supporter));
		expect(after.decisions[0]!.appeal!.mine).toMatchObject({ status: 'open', reason: REASON });
		expect(after.appeals).toEqual([
			expect.objectContaining({ id: appeal.id, status: 'open', statement: null })
		]);
	});

	it('lets the reporter contest the outcome of their report, and not "no action" to the person reported', async () => {
		const s = await scene();
		const { decisionId, reportId } = await decided(s, s.moderator, 'no_action');
		await expectCode(fileAppeal(contextFor(db(), s.supporter), { decisionId, reason: REASON }), 'NOT_FOUND');
		const record = await myModerationRecord(contextFor(db(), s.member));
		expect(record.reports[0]).toMatchObject({ id: reportId, appeal: { decisionId, refusal: null } });
		const appeal = await fileAppeal(contextFor(db(), s.member), {
			decisionId,
			reason: 'Il me demande encore de l’argent, ce n’est pas une plaisanterie.'
		});
		expect(appeal.appellantRole).toBe('reporter');
	});

	it('closes 30 days after the decision', async () => {
		const s = await scene();
		const { decisionId } = await decided(s, s.moderator, 'warn');
		const later = (days: number) => ({ clock: { now: () => new Date(Date.now() + days * DAY_MS) } });
		await expectCode(
			fileAppeal(contextFor(db(), s.supporter, later(31)), { decisionId, reason: REASON }),
			'CONFLICT',
			'error.appealTooLate'
		);
		const record = await myModerationRecord(contextFor(db(), s.supporter, later(31)));
		expect(record.decisions[0]!.appeal!.refusal).toBe('too_late');
		await fileAppeal(contextFor(db(), s.supporter, later(29)), { decisionId, reason: REASON });
	});
});

describe('reviewing an appeal', () => {
	it('goes to the organisation’s other staff, never to the decider; reversing shows the message again', async () => {
		const s = await scene();
		const { decisionId } = await decided(s, s.moderator, 'hide_content');
		expect((await messageIn(s)).hidden).toBe(true);
		const { id } = await fileAppeal(contextFor(db(), s.supporter), { decisionId, reason: REASON });

		expect(await queueIds(s.coordinator)).toContain(id);
		expect(await queueIds(s.creator)).toContain(id);
		for (const notReviewer of [s.moderator, s.otherModerator, s.outsideAdmin]) {
			expect(await queueIds(notReviewer)).not.toContain(id);
			await expectCode(appealDetail(contextFor(db(), notReviewer), { appealId: id }), 'NOT_FOUND');
			await expectCode(
				decideAppeal(contextFor(db(), notReviewer), { appealId: id, outcome: 'reversed', statement: ANSWER }),
				'NOT_FOUND'
			);
		}
		await expectCode(appealQueue(contextFor(db(), s.stranger)), 'NOT_FOUND');
		await expectCode(appealDetail(contextFor(db(), s.stranger), { appealId: id }), 'NOT_FOUND');

		const accessesBefore = await db()
			.select()
			.from(staffAccessLog)
			.where(eq(staffAccessLog.staffId, s.coordinator.accountId));
		const detail = await appealDetail(contextFor(db(), s.coordinator), { appealId: id });
		expect(detail).toMatchObject({
			appeal: { reason: REASON, status: 'open', appellantRole: 'subject', appellant: s.supporter.pseudonym },
			decision: { action: 'hide_content', statement: STATEMENT, reversedAt: null },
			canDecide: true
		});
		if (detail.content.kind !== 'message') throw new Error('expected the excerpt');
		expect(detail.content.excerpt.find((message) => message.reported)?.body).toContain('200 euros');
		const accessesAfter = await db()
			.select()
			.from(staffAccessLog)
			.where(eq(staffAccessLog.staffId, s.coordinator.accountId));
		expect(accessesAfter.length).toBeGreaterThan(accessesBefore.length);
		expect(accessesAfter.map((line) => line.subjectAccountId)).toContain(s.supporter.accountId);

		await expectCode(
			decideAppeal(contextFor(db(), s.coordinator), {
				appealId: id,
				outcome: 'reversed',
				statement: 'Court.'
			}),
			'INVALID'
		);
		await expectCode(
			decideAppeal(contextFor(db(), s.coordinator), {
				appealId: id,
				outcome: 'maybe' as 'reversed',
				statement: ANSWER
			}),
			'INVALID'
		);
		const ctx = contextFor(db(), s.coordinator);
		await decideAppeal(ctx, { appealId: id, outcome: 'reversed', statement: ANSWER });
		expect(ctx.events.events.map((event) => event.type)).toEqual([
			'appeal.decided',
			'moderation.reversed',
			'message.changed',
			// The appellant is told, in the decision's commit.
			'notification.created'
		]);
		expect(await messageIn(s)).toMatchObject({ hidden: false, body: 'Tu peux me prêter 200 euros ?' });
		await expectCode(
			decideAppeal(contextFor(db(), s.creator), { appealId: id, outcome: 'upheld', statement: ANSWER }),
			'CONFLICT'
		);
		expect(await queueIds(s.coordinator)).not.toContain(id);

		const record = await myModerationRecord(contextFor(db(), s.supporter));
		expect(record.decisions[0]!.reversedAt).not.toBeNull();
		expect(record.decisions[0]!.appeal!.mine).toMatchObject({ status: 'reversed', statement: ANSWER });
		expect(record.appeals[0]).toMatchObject({
			status: 'reversed',
			statement: ANSWER,
			action: 'hide_content'
		});
		const exported = JSON.stringify(await exportPersonalData(contextFor(db(), s.supporter)));
		expect(exported).toContain(REASON);
		expect(exported).toContain(ANSWER);
	});

	it('counts an open appeal in the header badge of those who review it, not of the decider', async () => {
		const s = await scene();
		const { decisionId } = await decided(s, s.coordinator, 'hide_content');
		const badge = (staff: Actor) => openReportCount(contextFor(db(), staff));
		const before = { moderator: await badge(s.moderator), coordinator: await badge(s.coordinator) };
		await fileAppeal(contextFor(db(), s.supporter), { decisionId, reason: REASON });
		expect(await badge(s.moderator)).toBe(before.moderator! + 1);
		expect(await badge(s.coordinator)).toBe(before.coordinator);
		expect(await badge(s.supporter)).toBeNull();
	});

	it('keeps an upheld warning, and a reversed warning stays on record marked reversed', async () => {
		const s = await scene();
		const first = await decided(s, s.moderator, 'warn');
		const appeal = await fileAppeal(contextFor(db(), s.supporter), {
			decisionId: first.decisionId,
			reason: REASON
		});
		await decideAppeal(contextFor(db(), s.coordinator), {
			appealId: appeal.id,
			outcome: 'upheld',
			statement: 'Demander de l’argent reste contraire à la charte, même pour plaisanter.'
		});
		const [kept] = await db()
			.select()
			.from(moderationDecisions)
			.where(eq(moderationDecisions.id, first.decisionId));
		expect(kept!.reversedAt).toBeNull();
		const record = await myModerationRecord(contextFor(db(), s.supporter));
		expect(record.appeals[0]).toMatchObject({ status: 'upheld' });

		// Another warning, contested and reversed: still listed, marked reversed.
		const secondMessage = randomUUID();
		await sendMessage(contextFor(db(), s.supporter), {
			conversationId: s.conversationId,
			messageId: secondMessage,
			body: 'Et 50 euros alors ?'
		});
		const report = await createReport(contextFor(db(), s.member), {
			subjectKind: 'message',
			subjectId: secondMessage,
			reason: 'scam_money'
		});
		const second = await decideReport(contextFor(db(), s.coordinator), {
			reportId: report.id,
			action: 'warn',
			ground: 'scam_money',
			statement: STATEMENT
		});
		const again = await fileAppeal(contextFor(db(), s.supporter), {
			decisionId: second.decisionId,
			reason: REASON
		});
		// The coordinator decided this time: the moderator reviews.
		expect(await queueIds(s.coordinator)).not.toContain(again.id);
		await decideAppeal(contextFor(db(), s.moderator), {
			appealId: again.id,
			outcome: 'reversed',
			statement: ANSWER
		});
		const after = await myModerationRecord(contextFor(db(), s.supporter));
		const warning = after.decisions.find((decision) => decision.id === second.decisionId)!;
		expect(warning.action).toBe('warn');
		expect(warning.reversedAt).not.toBeNull();
	});

	it('sends a reversed "no action" back to the team as an open report', async () => {
		const s = await scene();
		const { decisionId, reportId } = await decided(s, s.moderator, 'no_action');
		const appeal = await fileAppeal(contextFor(db(), s.member), {
			decisionId,
			reason: 'Il me demande encore de l’argent, ce n’est pas une plaisanterie.'
		});
		const ctx = contextFor(db(), s.coordinator);
		await decideAppeal(ctx, { appealId: appeal.id, outcome: 'reversed', statement: ANSWER });
		expect(ctx.events.events.map((event) => event.type)).toEqual([
			'appeal.decided',
			'moderation.reversed',
			'report.changed',
			'notification.created'
		]);
		const [report] = await db().select().from(reports).where(eq(reports.id, reportId));
		// The decision deleted the moderation copy: it is taken again, so the words stay for the new review.
		expect(report).toMatchObject({
			status: 'open',
			decidedAt: null,
			contentCopy: 'Tu peux me prêter 200 euros ?'
		});
		expect((await moderationQueue(contextFor(db(), s.moderator))).items.map((item) => item.id)).toContain(
			reportId
		);
		await deleteMessage(contextFor(db(), s.supporter), {
			conversationId: s.conversationId,
			messageId: s.messageId
		});
		expect((await reportDetail(contextFor(db(), s.moderator), { reportId })).contentCopy).toBe(
			'Tu peux me prêter 200 euros ?'
		);
		const record = await myModerationRecord(contextFor(db(), s.member));
		expect(record.reports[0]).toMatchObject({ id: reportId, outcome: 'pending' });
		expect(record.appeals[0]).toMatchObject({
			status: 'reversed',
			statement: ANSWER,
			appellantRole: 'reporter'
		});
	});

	it('goes to the instance admins when the organisation has no one else, and unhides a help request', async () => {
		// Only the creator (an instance admin) coordinates this organisation.
		const s = await scene([]);
		const [help] = await db()
			.select({ id: helpRequests.id })
			.from(helpRequests)
			.where(eq(helpRequests.requesterId, s.member.accountId));
		const report = await createReport(contextFor(db(), s.supporter), {
			subjectKind: 'help_request',
			subjectId: help!.id,
			reason: 'other'
		});
		const { decisionId } = await decideReport(contextFor(db(), s.creator), {
			reportId: report.id,
			action: 'hide_content',
			ground: 'other',
			statement: 'Cette demande contient des informations qui permettent de reconnaître une autre personne.'
		});
		const [hidden] = await db().select().from(helpRequests).where(eq(helpRequests.id, help!.id));
		expect(hidden!.status).toBe('hidden');
		const appeal = await fileAppeal(contextFor(db(), s.member), { decisionId, reason: REASON });
		expect(appeal.reviewTier).toBe('instance');
		expect(await queueIds(s.creator)).not.toContain(appeal.id);
		expect(await queueIds(s.outsideAdmin)).toContain(appeal.id);
		const detail = await appealDetail(contextFor(db(), s.outsideAdmin), { appealId: appeal.id });
		expect(detail.content.kind).toBe('help_request');
		await decideAppeal(contextFor(db(), s.outsideAdmin), {
			appealId: appeal.id,
			outcome: 'reversed',
			statement: ANSWER
		});
		const [shown] = await db().select().from(helpRequests).where(eq(helpRequests.id, help!.id));
		expect(shown!.status).toBe('open');
		const [line] = await db()
			.select()
			.from(staffAccessLog)
			.where(
				and(
					eq(staffAccessLog.staffId, s.outsideAdmin.accountId),
					eq(staffAccessLog.subjectAccountId, s.member.accountId)
				)
			);
		expect(line).toMatchObject({ what: 'help_request', staffRole: 'instance_admin' });
	});

	it('brings a removed person back into the organisation, with the role they had there', async () => {
		const s = await scene();
		const report = await createReport(contextFor(db(), s.bystander), {
			subjectKind: 'profile',
			subjectId: s.supporter.accountId,
			reason: 'harassment'
		});
		const { decisionId } = await decideReport(contextFor(db(), s.coordinator), {
			reportId: report.id,
			action: 'remove_from_organisation',
			ground: 'harassment',
			statement: 'Plusieurs membres ont signalé des messages insistants malgré des refus clairs.'
		});
		const inOrganisation = () =>
			db()
				.select()
				.from(memberships)
				.where(
					and(
						eq(memberships.organisationId, s.organisation.id),
						eq(memberships.accountId, s.supporter.accountId)
					)
				);
		expect(await inOrganisation()).toEqual([]);
		const appeal = await fileAppeal(contextFor(db(), s.supporter), { decisionId, reason: REASON });
		const ctx = contextFor(db(), s.moderator);
		await decideAppeal(ctx, { appealId: appeal.id, outcome: 'reversed', statement: ANSWER });
		expect(await inOrganisation()).toEqual([
			expect.objectContaining({ status: 'active', role: 'peer_supporter' })
		]);
		expect(ctx.events.events.map((event) => event.type)).toContain('membership.changed');
	});
});

describe('contesting a suspension without a session', () => {
	async function suspended() {
		const s = await scene();
		const report = await createReport(contextFor(db(), s.member), {
			subjectKind: 'message',
			subjectId: s.messageId,
			reason: 'scam_money'
		});
		await decideReport(contextFor(db(), s.moderator), {
			reportId: report.id,
			action: 'escalate',
			ground: 'scam_money',
			statement: 'Récidive possible : à voir par l’équipe de la plateforme.'
		});
		const suspension = await decideReport(contextFor(db(), s.outsideAdmin), {
			reportId: report.id,
			action: 'suspend',
			ground: 'scam_money',
			statement: STATEMENT,
			suspendDays: 7
		});
		return { ...s, decisionId: suspension.decisionId, reportId: report.id };
	}

	it('needs the password: nobody else can contest in someone’s name', async () => {
		const s = await suspended();
		const anonymous = () => contextFor(db(), null, { ip: `203.0.113.${Math.floor(Math.random() * 200)}` });
		await expectCode(
			appealSuspension(anonymous(), {
				pseudonym: s.supporter.pseudonym,
				password: 'not the password at all',
				reason: REASON
			}),
			'INVALID',
			'error.signInFailed'
		);
		// Someone with their own (valid) password only ever speaks for their own account.
		await expectCode(
			appealSuspension(anonymous(), { pseudonym: s.stranger.pseudonym, password: PASSWORD, reason: REASON }),
			'CONFLICT',
			'error.appealNotSuspended'
		);
		// A signed-in stranger cannot contest the decision by its id either.
		await expectCode(
			fileAppeal(contextFor(db(), s.stranger), { decisionId: s.decisionId, reason: REASON }),
			'NOT_FOUND'
		);
		expect(
			await db().select().from(moderationAppeals).where(eq(moderationAppeals.decisionId, s.decisionId))
		).toEqual([]);

		const appeal = await appealSuspension(anonymous(), {
			pseudonym: s.supporter.pseudonym,
			password: PASSWORD,
			reason: REASON
		});
		expect(appeal).toMatchObject({
			decisionId: s.decisionId,
			appellantRole: 'subject',
			reviewTier: 'instance'
		});
		await expect(
			signIn(anonymous(), { pseudonym: s.supporter.pseudonym, password: PASSWORD })
		).rejects.toMatchObject({ messageKey: 'error.accountSuspended', params: { appeal: 'open' } });
	});

	it('is reviewed by another instance admin; reversing lifts the suspension it set', async () => {
		const s = await suspended();
		const appeal = await appealSuspension(contextFor(db(), null), {
			pseudonym: s.supporter.pseudonym,
			password: PASSWORD,
			reason: REASON
		});
		// The organisation does not review the platform's decision; the admin who suspended does not either.
		for (const notReviewer of [s.moderator, s.coordinator, s.outsideAdmin])
			expect(await queueIds(notReviewer)).not.toContain(appeal.id);
		expect(await queueIds(s.creator)).toContain(appeal.id);
		await decideAppeal(contextFor(db(), s.creator), {
			appealId: appeal.id,
			outcome: 'reversed',
			statement: ANSWER
		});
		const [account] = await db()
			.select({ until: accounts.suspendedUntil })
			.from(accounts)
			.where(eq(accounts.id, s.supporter.accountId));
		expect(account!.until).toBeNull();
		const session = await signIn(contextFor(db(), null), {
			pseudonym: s.supporter.pseudonym,
			password: PASSWORD
		});
		expect(session.accountId).toBe(s.supporter.accountId);
	});

	it('leaves a later suspension in place, and shows an upheld appeal’s reasons at sign-in', async () => {
		const s = await suspended();
		const first = await fileAppeal(contextFor(db(), s.supporter), {
			decisionId: s.decisionId,
			reason: REASON
		});
		// A second, later suspension by the platform (on another report).
		const other = randomUUID();
		await db().update(accounts).set({ suspendedUntil: null }).where(eq(accounts.id, s.supporter.accountId));
		await sendMessage(contextFor(db(), s.supporter), {
			conversationId: s.conversationId,
			messageId: other,
			body: 'Dernière fois : envoie-moi l’argent.'
		});
		const report = await createReport(contextFor(db(), s.member), {
			subjectKind: 'message',
			subjectId: other,
			reason: 'scam_money'
		});
		await decideReport(contextFor(db(), s.moderator), {
			reportId: report.id,
			action: 'escalate',
			ground: 'scam_money',
			statement: 'Nouvelle demande d’argent malgré la suspension précédente.'
		});
		const later = await decideReport(contextFor(db(), s.outsideAdmin), {
			reportId: report.id,
			action: 'suspend',
			ground: 'scam_money',
			statement: 'Nouvelle demande d’argent : suspension de trente jours.',
			suspendDays: 30
		});
		await decideAppeal(contextFor(db(), s.creator), {
			appealId: first.id,
			outcome: 'reversed',
			statement: ANSWER
		});
		const [account] = await db()
			.select({ until: accounts.suspendedUntil })
			.from(accounts)
			.where(eq(accounts.id, s.supporter.accountId));
		expect(account!.until).toEqual(later.suspendedUntil);

		const second = await appealSuspension(contextFor(db(), null), {
			pseudonym: s.supporter.pseudonym,
			password: PASSWORD,
			reason: REASON
		});
		expect(second.decisionId).toBe(later.decisionId);
		const upheld = 'La seconde demande d’argent est établie : la suspension est maintenue.';
		await decideAppeal(contextFor(db(), s.creator), {
			appealId: second.id,
			outcome: 'upheld',
			statement: upheld
		});
		await expect(
			signIn(contextFor(db(), null), { pseudonym: s.supporter.pseudonym, password: PASSWORD })
		).rejects.toMatchObject({ params: { appeal: 'upheld', appealStatement: upheld } });
	});
});
