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
import { blocks, memberships, messages, reports } from '../../db/schema';
import {
	addGroupParticipants,
	deleteMessage,
	editMessage,
	sendMessage,
	startGroupConversation
} from '../conversations';
import { DomainError, type Actor } from '../shared';
import { appealQueue } from './appeal-queue';
import { createReport } from './create-report';
import { decideReport } from './decide-report';
import { moderationQueue } from './moderation-queue';
import { myModerationRecord } from './my-moderation-record';
import { reportDetail } from './report-detail';

const db = useTestDatabase();
const STATEMENT = 'Ce message contrevient à la charte que chacun a acceptée en rejoignant.';

async function expectCode(promise: Promise<unknown>, code: string, messageKey?: string) {
	await expect(promise).rejects.toSatisfy(
		(error) =>
			error instanceof DomainError &&
			error.code === code &&
			(messageKey === undefined || error.messageKey === messageKey)
	);
}

/** An accompaniment (member, supporter) in an organisation with a moderator; the supporter has written. */
async function accompanied() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'moderator']
	});
	const [member, supporter, moderator] = members as unknown as [Actor, Actor, Actor];
	const { conversationId } = await openAccompaniment(db(), member, supporter);
	const say = async (author: Actor, body: string) => {
		const messageId = randomUUID();
		await sendMessage(contextFor(db(), author), { conversationId, messageId, body });
		return messageId;
	};
	return { organisation, member, supporter, moderator, conversationId, say };
}

/** A group opened by a coordinator with two members; a third member and a moderator are in the organisation. */
async function group() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'member', 'member', 'moderator']
	});
	const [coordinator, first, second, later, moderator] = members as unknown as Actor[];
	const { conversationId } = await startGroupConversation(contextFor(db(), coordinator!), {
		slug: organisation.slug,
		title: 'Groupe du mardi',
		participantIds: [first!.accountId, second!.accountId]
	});
	const say = async (author: Actor, body: string) => {
		const messageId = randomUUID();
		await sendMessage(contextFor(db(), author), { conversationId, messageId, body });
		return messageId;
	};
	return {
		organisation,
		coordinator: coordinator!,
		first: first!,
		second: second!,
		later: later!,
		moderator: moderator!,
		conversationId,
		say
	};
}

const report = (actor: Actor, subjectId: string, subjectKind: 'message' | 'profile' = 'message') =>
	createReport(contextFor(db(), actor), { subjectKind, subjectId, reason: 'harassment' });

describe('the report limit', () => {
	it('stores ten reports an hour, not more, when thirty arrive at once', async () => {
		const s = await accompanied();
		// Thirty messages the member can see (inserted directly: the send limit is not what is tested).
		const ids = Array.from({ length: 30 }, () => randomUUID());
		await db()
			.insert(messages)
			.values(
				ids.map((id, index) => ({
					id,
					conversationId: s.conversationId,
					authorId: s.supporter.accountId,
					body: `Message ${index}`
				}))
			);
		const outcomes = await Promise.allSettled(ids.map((id) => report(s.member, id)));
		const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled');
		const refused = outcomes.filter(
			(outcome) =>
				outcome.status === 'rejected' &&
				outcome.reason instanceof DomainError &&
				outcome.reason.code === 'RATE_LIMITED'
		);
		expect(accepted).toHaveLength(10);
		expect(refused).toHaveLength(20);
		const stored = await db().select().from(reports).where(eq(reports.reporterId, s.member.accountId));
		expect(stored).toHaveLength(10);
	});
});

describe('the same thing reported twice at once', () => {
	it('is stored once, and every caller gets that report', async () => {
		const s = await accompanied();
		const messageId = await s.say(s.supporter, 'Tu ne vaux rien.');
		const filed = await Promise.all(Array.from({ length: 12 }, () => report(s.member, messageId)));
		expect(new Set(filed.map((entry) => entry.id)).size).toBe(1);
		expect(filed.filter((entry) => entry.created)).toHaveLength(1);
		const stored = await db().select().from(reports).where(eq(reports.subjectId, messageId));
		expect(stored).toHaveLength(1);
	});
});

describe('what can be reported', () => {
	it('is only what the reporter can read now: not a group message from before they joined, hidden, deleted or blocked', async () => {
		const s = await group();
		const before = await s.say(s.first, 'Écrit avant l’arrivée de la troisième personne.');
		await addGroupParticipants(contextFor(db(), s.coordinator), {
			conversationId: s.conversationId,
			participantIds: [s.later.accountId]
		});
		await expectCode(report(s.later, before), 'NOT_FOUND');
		// What came after they joined, they read, and may report.
		const after = await s.say(s.first, 'Écrit après son arrivée.');
		await expect(report(s.later, after)).resolves.toMatchObject({ created: true });

		const deleted = await s.say(s.first, 'Bientôt supprimé.');
		await deleteMessage(contextFor(db(), s.first), { conversationId: s.conversationId, messageId: deleted });
		await expectCode(report(s.second, deleted), 'NOT_FOUND');

		const hidden = await s.say(s.first, 'Bientôt masqué.');
		await db().update(messages).set({ hiddenAt: new Date() }).where(eq(messages.id, hidden));
		await expectCode(report(s.second, hidden), 'NOT_FOUND');

		// In a group, someone you blocked is not read, so not reported either.
		const fromBlocked = await s.say(s.second, 'Un message de la personne bloquée.');
		await db().insert(blocks).values({ blockerId: s.later.accountId, blockedId: s.second.accountId });
		await expectCode(report(s.later, fromBlocked), 'NOT_FOUND');
		await expect(report(s.first, fromBlocked)).resolves.toMatchObject({ created: true });
	});

	it('is not a profile whose owner blocked the reporter; a block after the report leaves the report readable', async () => {
		const s = await accompanied();
		const { members } = await buildOrganisation(db(), { members: ['member'] });
		const [owner] = members as unknown as [Actor];
		await db().insert(memberships).values({
			organisationId: s.organisation.id,
			accountId: owner.accountId,
			role: 'member',
			status: 'active',
			charterVersionAccepted: 1,
			charterAcceptedAt: new Date()
		});
		const filed = await report(s.member, owner.accountId, 'profile');
		await db().insert(blocks).values({ blockerId: owner.accountId, blockedId: s.member.accountId });
		const detail = await reportDetail(contextFor(db(), s.moderator), { reportId: filed.id });
		expect(detail.content.kind).toBe('gone');
		await decideReport(contextFor(db(), s.moderator), {
			reportId: filed.id,
			action: 'no_action',
			ground: 'harassment',
			statement: STATEMENT
		});
		await expectCode(report(s.member, owner.accountId, 'profile'), 'NOT_FOUND');
	});

	it('does not exist for people who moderate nothing: queues answer NOT_FOUND, not FORBIDDEN', async () => {
		const s = await accompanied();
		await expectCode(moderationQueue(contextFor(db(), s.member)), 'NOT_FOUND');
		await expectCode(appealQueue(contextFor(db(), s.member)), 'NOT_FOUND');
		await expect(moderationQueue(contextFor(db(), s.moderator))).resolves.toBeDefined();
	});
});

describe('the reported person’s record', () => {
	it('shows an organisation’s moderators their organisation only; instance admins all of it, logged', async () => {
		const s = await accompanied();
		// Elsewhere, in another organisation, the supporter was reported and warned.
		const elsewhere = await buildOrganisation(db(), { members: ['member', 'moderator'] });
		const [neighbour, elsewhereModerator] = elsewhere.members as unknown as [Actor, Actor];
		await db().insert(memberships).values({
			organisationId: elsewhere.organisation.id,
			accountId: s.supporter.accountId,
			role: 'member',
			status: 'active',
			charterVersionAccepted: 1,
			charterAcceptedAt: new Date()
		});
		const there = await report(neighbour, s.supporter.accountId, 'profile');
		await decideReport(contextFor(db(), elsewhereModerator), {
			reportId: there.id,
			action: 'warn',
			ground: 'harassment',
			statement: STATEMENT
		});
		// Here, an earlier report (decided without action) and the one being reviewed.
		const earlier = await report(s.member, await s.say(s.supporter, 'Premier message signalé.'));
		await decideReport(contextFor(db(), s.moderator), {
			reportId: earlier.id,
			action: 'no_action',
			ground: 'harassment',
			statement: STATEMENT
		});
		const here = await report(s.member, await s.say(s.supporter, 'Deuxième message signalé.'));

		const asModerator = await reportDetail(contextFor(db(), s.moderator), { reportId: here.id });
		expect(asModerator.history.map((row) => row.id)).toEqual([earlier.id]);
		expect(asModerator.decisions.map((row) => row.reportId)).toEqual([earlier.id]);
		let record = await myModerationRecord(contextFor(db(), s.supporter));
		expect(record.accesses.map((access) => access.what)).not.toContain('moderation_history');

		await decideReport(contextFor(db(), s.moderator), {
			reportId: here.id,
			action: 'escalate',
			ground: 'harassment',
			statement: STATEMENT
		});
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		const asAdmin = await reportDetail(contextFor(db(), admin), { reportId: here.id });
		expect(new Set(asAdmin.history.map((row) => row.id))).toEqual(new Set([earlier.id, there.id]));
		expect(new Set(asAdmin.decisions.map((row) => row.reportId))).toEqual(
			new Set([earlier.id, there.id, here.id])
		);
		record = await myModerationRecord(contextFor(db(), s.supporter));
		expect(record.accesses).toContainEqual(
			expect.objectContaining({ what: 'moderation_history', staffRole: 'instance_admin' })
		);
	});
});

describe('the moderation copy of reported words', () => {
	it('keeps what was reported through an edit and a deletion, for the reviewers only, until the decision', async () => {
		const s = await accompanied();
		const original = 'Donne-moi ton adresse, je passe ce soir.';
		const messageId = await s.say(s.supporter, original);
		const filed = await report(s.member, messageId);
		const unchanged = await reportDetail(contextFor(db(), s.moderator), { reportId: filed.id });
		expect(unchanged.contentCopy).toBeNull();

		await editMessage(contextFor(db(), s.supporter), {
			conversationId: s.conversationId,
			messageId,
			body: 'Bonne soirée.'
		});
		const edited = await reportDetail(contextFor(db(), s.moderator), { reportId: filed.id });
		expect(edited.contentCopy).toBe(original);

		// Deleting stays the author's right; the copy is what keeps the evidence.
		await deleteMessage(contextFor(db(), s.supporter), { conversationId: s.conversationId, messageId });
		const deleted = await reportDetail(contextFor(db(), s.moderator), { reportId: filed.id });
		expect(deleted.contentCopy).toBe(original);
		if (deleted.content.kind !== 'message') throw new Error('the excerpt stays');
		expect(deleted.content.excerpt.find((message) => message.reported)?.body).toBeNull();
		// Nobody else gets to it: the reporter's own record never carries it.
		expect(JSON.stringify(await myModerationRecord(contextFor(db(), s.member)))).not.toContain(original);

		await decideReport(contextFor(db(), s.moderator), {
			reportId: filed.id,
			action: 'warn',
			ground: 'harassment',
			statement: STATEMENT
		});
		const [row] = await db().select().from(reports).where(eq(reports.id, filed.id));
		expect(row!.contentCopy).toBeNull();
		expect(
			(await reportDetail(contextFor(db(), s.moderator), { reportId: filed.id })).contentCopy
		).toBeNull();
	});

	it('is dropped for every report decided together, and kept while a report is escalated', async () => {
		const s = await group();
		const messageId = await s.say(s.first, 'Vous êtes tous nuls.');
		const one = await report(s.second, messageId);
		const two = await report(s.coordinator, messageId);
		await decideReport(contextFor(db(), s.moderator), {
			reportId: one.id,
			action: 'escalate',
			ground: 'harassment',
			statement: STATEMENT
		});
		const copies = async () =>
			(await db().select().from(reports).where(eq(reports.subjectId, messageId))).map(
				(row) => row.contentCopy
			);
		expect(await copies()).toEqual(['Vous êtes tous nuls.', 'Vous êtes tous nuls.']);
		await decideReport(contextFor(db(), s.moderator), {
			reportId: two.id,
			action: 'no_action',
			ground: 'harassment',
			statement: STATEMENT
		});
		// The escalated one is with the instance admins, still open: its copy stays.
		expect((await copies()).sort()).toEqual([null, 'Vous êtes tous nuls.'].sort());
	});

	it('a message hidden by moderation can no longer be edited by its author', async () => {
		const s = await accompanied();
		const messageId = await s.say(s.supporter, 'Envoie-moi 50 euros.');
		const filed = await report(s.member, messageId);
		await decideReport(contextFor(db(), s.moderator), {
			reportId: filed.id,
			action: 'hide_content',
			ground: 'harassment',
			statement: STATEMENT
		});
		await expectCode(
			editMessage(contextFor(db(), s.supporter), {
				conversationId: s.conversationId,
				messageId,
				body: 'Rien, oubliez.'
			}),
			'CONFLICT',
			'error.messageHidden'
		);
		const [row] = await db().select().from(messages).where(eq(messages.id, messageId));
		expect(row!.body).toBe('Envoie-moi 50 euros.');
	});
});

describe('staff access shown to the person concerned', () => {
	it('leaves out the reason in a conversation of two (it would name the reporter), and gives it in a group', async () => {
		const s = await accompanied();
		const oneToOne = await report(s.member, await s.say(s.supporter, 'Tu me dois des explications.'));
		await reportDetail(contextFor(db(), s.moderator), { reportId: oneToOne.id });
		const supporterRecord = await myModerationRecord(contextFor(db(), s.supporter));
		expect(supporterRecord.accesses).toEqual([
			expect.objectContaining({ what: 'message_excerpt', staffRole: 'moderator', why: null })
		]);
		expect(supporterRecord.accesses[0]!.createdAt).toBeInstanceOf(Date);

		const g = await group();
		const inGroup = await report(g.second, await g.say(g.first, 'Personne ne veut de toi ici.'));
		await reportDetail(contextFor(db(), g.moderator), { reportId: inGroup.id });
		const authorRecord = await myModerationRecord(contextFor(db(), g.first));
		expect(authorRecord.accesses).toEqual([expect.objectContaining({ why: 'harassment' })]);
	});
});
