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
import { insertGroup, insertOccurrence } from '../../../tests/support/gatherings';
import { notifications } from '../../db/schema';
import { sendMessage } from '../conversations';
import { createHelpRequest, decideContactRequest, saveSupporterOffer, sendContactRequest } from '../matching';
import { createReport, decideAppeal, decideReport, fileAppeal } from '../moderation';
import { exportPersonalData } from '../my-data';
import { joinOrganisation, manageMembership } from '../organisations';
import { purgeExpiredRecords } from '../retention';
import type { Actor } from '../shared';
import { listNotifications } from './list-notifications';
import { listPendingJoinRequests } from './list-pending-join-requests';
import { markNotificationsRead } from './mark-notifications-read';
import { notify } from './notify';
import { whatWaits } from './what-waits';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const STATEMENT = 'Des messages insistants après un refus clair : le message est masqué.';

const mine = (actor: Actor) => listNotifications(contextFor(db(), actor)).then((list) => list.notifications);
const rowsOf = (actor: Actor) =>
	db().select().from(notifications).where(eq(notifications.accountId, actor.accountId));

async function askToJoin(message?: string) {
	const { organisation, coordinator, members } = await buildOrganisation(db(), {
		joinPolicy: 'request',
		members: ['coordinator']
	});
	const newcomer = await buildAccount(db());
	const { membershipId } = await joinOrganisation(contextFor(db(), newcomer), {
		slug: organisation.slug,
		acceptCharter: true,
		message
	});
	return { organisation, coordinator, secondCoordinator: members[0]!, newcomer, membershipId };
}

describe('join requests and their answer', () => {
	it('shows coordinators the dated request with its message, and tells the person once it is approved', async () => {
		const { organisation, coordinator, newcomer, membershipId } = await askToJoin(
			'  Bonjour, je viens de la part de l’infirmière du CMP.  '
		);
		const [request] = await listPendingJoinRequests(contextFor(db(), coordinator));
		expect(request).toMatchObject({
			membershipId,
			pseudonym: newcomer.pseudonym,
			message: 'Bonjour, je viens de la part de l’infirmière du CMP.',
			organisation: { slug: organisation.slug }
		});
		expect(await listPendingJoinRequests(contextFor(db(), newcomer))).toEqual([]);
		expect(await mine(newcomer)).toEqual([]);

		const ctx = contextFor(db(), coordinator);
		await manageMembership(ctx, { slug: organisation.slug, membershipId, decision: 'approve' });
		const [shown] = await mine(newcomer);
		expect(shown).toMatchObject({
			kind: 'membership.approved',
			read: false,
			gone: false,
			organisation: { name: organisation.name, slug: organisation.slug },
			href: `/organisations/${organisation.slug}`
		});
		expect(ctx.events.events).toContainEqual({
			type: 'notification.created',
			notificationId: shown!.id,
			accountId: newcomer.accountId
		});
		expect(await whatWaits(contextFor(db(), newcomer))).toMatchObject({ notifications: 1 });
		expect(await listPendingJoinRequests(contextFor(db(), coordinator))).toEqual([]);
	});

	it('tells the person once when two coordinators approve at the same moment', async () => {
		const { organisation, coordinator, secondCoordinator, newcomer, membershipId } = await askToJoin();
		const approve = (actor: Actor) =>
			manageMembership(contextFor(db(), actor), {
				slug: organisation.slug,
				membershipId,
				decision: 'approve'
			}).catch(() => 'conflict');
		await Promise.all([approve(coordinator), approve(secondCoordinator), approve(coordinator)]);
		expect(await rowsOf(newcomer)).toHaveLength(1);
	});

	it('tells a refused person which organisation refused, though the request is gone', async () => {
		const { organisation, coordinator, newcomer, membershipId } = await askToJoin('Bonjour');
		await manageMembership(contextFor(db(), coordinator), {
			slug: organisation.slug,
			membershipId,
			decision: 'decline'
		});
		expect(await mine(newcomer)).toMatchObject([
			{ kind: 'membership.refused', gone: false, organisation: { name: organisation.name } }
		]);
	});

	it('refuses a message over 500 characters or with a NUL character, and keeps none for an open organisation', async () => {
		const { organisation } = await buildOrganisation(db(), { joinPolicy: 'request' });
		const newcomer = await buildAccount(db());
		for (const message of ['x'.repeat(501), 'bonjour\u0000']) {
			await expect(
				joinOrganisation(contextFor(db(), newcomer), {
					slug: organisation.slug,
					acceptCharter: true,
					message
				})
			).rejects.toMatchObject({ code: 'INVALID' });
		}
		const open = await buildOrganisation(db(), { joinPolicy: 'open' });
		await joinOrganisation(contextFor(db(), newcomer), {
			slug: open.organisation.slug,
			acceptCharter: true,
			message: 'Bonjour'
		});
		expect(await listPendingJoinRequests(contextFor(db(), open.coordinator))).toEqual([]);
	});
});

async function supporterAndRequester() {
	const { members } = await buildOrganisation(db(), { members: ['peer_supporter', 'member'] });
	const [supporter, requester] = members as unknown as [Actor, Actor];
	await saveSupporterOffer(contextFor(db(), supporter), {
		experienceIds: [VOICES],
		formats: ['chat'],
		languages: ['fr'],
		capacity: 3
	});
	const help = await createHelpRequest(contextFor(db(), requester), {
		experienceIds: [VOICES],
		formats: ['chat'],
		hopes: 'Mon secret : j’entends la voix de mon frère.'
	});
	const contact = await sendContactRequest(contextFor(db(), requester), {
		helpRequestId: help.id,
		supporterId: supporter.accountId
	});
	return { supporter, requester, contact };
}

describe('contact requests', () => {
	it('tells the supporter who asks, and the requester who accepted, never what was written', async () => {
		const { supporter, requester, contact } = await supporterAndRequester();
		expect(await mine(supporter)).toMatchObject([
			{ kind: 'contact.received', pseudonym: requester.pseudonym, href: '/espace-pair-aidant' }
		]);
		const { accompanimentId } = await decideContactRequest(contextFor(db(), supporter), {
			contactRequestId: contact.id,
			decision: 'accept'
		});
		const shown = await mine(requester);
		expect(shown).toMatchObject([
			{
				kind: 'contact.accepted',
				pseudonym: supporter.pseudonym,
				href: `/accompagnements/${accompanimentId}`
			}
		]);
		expect(JSON.stringify([shown, await mine(supporter)])).not.toContain('secret');
		// The supporter accepted themselves: nothing more for them.
		expect(await mine(supporter)).toHaveLength(1);
	});

	it('tells the requester when the supporter declines', async () => {
		const { supporter, requester, contact } = await supporterAndRequester();
		await decideContactRequest(contextFor(db(), supporter), {
			contactRequestId: contact.id,
			decision: 'decline'
		});
		expect(await mine(requester)).toMatchObject([
			{ kind: 'contact.declined', pseudonym: supporter.pseudonym, gone: false }
		]);
	});

	it('tells the requester once when accept and decline race', async () => {
		const { supporter, requester, contact } = await supporterAndRequester();
		const decide = (decision: 'accept' | 'decline') =>
			decideContactRequest(contextFor(db(), supporter), { contactRequestId: contact.id, decision }).catch(
				() => 'conflict'
			);
		await Promise.all([decide('accept'), decide('decline'), decide('accept')]);
		expect(await rowsOf(requester)).toHaveLength(1);
	});
});

async function reportedMessage() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'moderator', 'moderator']
	});
	const [member, supporter, moderator, otherModerator] = members as unknown as [Actor, Actor, Actor, Actor];
	const { conversationId } = await openAccompaniment(db(), member, supporter);
	const { id } = await sendMessage(contextFor(db(), supporter), {
		conversationId,
		messageId: randomUUID(),
		body: 'Un message déplacé'
	});
	const report = await createReport(contextFor(db(), member), {
		subjectKind: 'message',
		subjectId: id,
		reason: 'harassment',
		details: 'Le prénom de ma sœur est Camille'
	});
	return { organisation, member, supporter, moderator, otherModerator, reportId: report.id };
}

describe('moderation outcomes', () => {
	it('tells the person concerned the outcome and the reporter that the report was handled', async () => {
		const s = await reportedMessage();
		const before = (await mine(s.member)).length;
		const { decisionId } = await decideReport(contextFor(db(), s.moderator), {
			reportId: s.reportId,
			action: 'hide_content',
			ground: 'harassment',
			statement: STATEMENT
		});
		expect((await mine(s.supporter)).find((n) => n.kind === 'moderation.decided')).toMatchObject({
			outcome: 'hide_content',
			href: '/compte/moderation'
		});
		const reporter = await mine(s.member);
		expect(reporter).toHaveLength(before + 1);
		expect(reporter[0]).toMatchObject({ kind: 'report.handled', outcome: null, pseudonym: null });
		for (const secret of ['Camille', 'déplacé', s.supporter.pseudonym, STATEMENT])
			expect(JSON.stringify(reporter[0])).not.toContain(secret);
		// The appeal's answer reaches the appellant.
		const appeal = await fileAppeal(contextFor(db(), s.supporter), {
			decisionId,
			reason: 'Je ne faisais que proposer mon aide, rien de plus, je conteste.'
		});
		await decideAppeal(contextFor(db(), s.otherModerator), {
			appealId: appeal.id,
			outcome: 'upheld',
			statement: STATEMENT
		});
		expect((await mine(s.supporter))[0]).toMatchObject({ kind: 'appeal.decided', outcome: 'upheld' });
	});

	it('tells nobody twice when two moderators decide at once, and nobody at all for "no action"', async () => {
		const s = await reportedMessage();
		const decide = (actor: Actor) =>
			decideReport(contextFor(db(), actor), {
				reportId: s.reportId,
				action: 'no_action',
				ground: 'harassment',
				statement: STATEMENT
			}).catch(() => 'conflict');
		await Promise.all([decide(s.moderator), decide(s.otherModerator)]);
		const told = await rowsOf(s.member);
		expect(told.filter((row) => row.kind === 'report.handled')).toHaveLength(1);
		expect((await rowsOf(s.supporter)).filter((row) => row.kind === 'moderation.decided')).toEqual([]);
	});
});

describe('the notification centre', () => {
	it('lists only my own notifications, newest first, a page at a time, and marks them read', async () => {
		const me = await buildAccount(db());
		const other = await buildAccount(db());
		const start = Date.parse('2026-11-22T10:00:00Z');
		for (let minute = 0; minute < 23; minute += 1)
			await notify(db(), {
				accountId: me.accountId,
				kind: 'report.handled',
				subjectId: randomUUID(),
				now: new Date(start + minute * 60_000)
			});
		await notify(db(), { accountId: other.accountId, kind: 'report.handled', subjectId: randomUUID() });
		const first = await listNotifications(contextFor(db(), me));
		expect(first).toMatchObject({ page: 1, hasMore: true });
		expect(first.notifications).toHaveLength(20);
		expect(first.notifications[0]!.createdAt.getTime()).toBe(start + 22 * 60_000);
		// Reports that no longer exist show as gone.
		expect(first.notifications[0]).toMatchObject({ gone: true, href: null });
		const second = await listNotifications(contextFor(db(), me), { page: 2 });
		expect(second).toMatchObject({ hasMore: false });
		expect(second.notifications).toHaveLength(3);

		const [theirs] = await rowsOf(other);
		await expect(
			markNotificationsRead(contextFor(db(), me), { notificationId: theirs!.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(
			await markNotificationsRead(contextFor(db(), me), { notificationId: first.notifications[0]!.id })
		).toEqual({ marked: 1 });
		expect(await markNotificationsRead(contextFor(db(), me), { all: true })).toEqual({ marked: 22 });
		expect(await whatWaits(contextFor(db(), me))).toMatchObject({ notifications: 0 });
		expect(await whatWaits(contextFor(db(), other))).toMatchObject({ notifications: 1 });
	});

	it('inserts once per person, kind and subject', async () => {
		const me = await buildAccount(db());
		const subjectId = randomUUID();
		const input = { accountId: me.accountId, kind: 'report.handled' as const, subjectId };
		const events = await Promise.all(Array.from({ length: 10 }, () => notify(db(), input)));
		expect(events.filter(Boolean)).toHaveLength(1);
		expect(await rowsOf(me)).toHaveLength(1);
	});

	it('purges read notifications 90 days after they were read, keeps unread ones, exports and erases them', async () => {
		const me = await buildAccount(db());
		const now = new Date('2026-11-22T10:00:00Z');
		const long = new Date(now.getTime() - 91 * 86_400_000);
		const recent = new Date(now.getTime() - 89 * 86_400_000);
		for (const readAt of [long, recent, null]) {
			const [row] = await db()
				.insert(notifications)
				.values({ accountId: me.accountId, kind: 'report.handled', subjectId: randomUUID(), createdAt: long })
				.returning();
			await db().update(notifications).set({ readAt }).where(eq(notifications.id, row!.id));
		}
		await purgeExpiredRecords(db(), now);
		const left = await rowsOf(me);
		expect(left.map((row) => row.readAt?.getTime() ?? null).sort()).toEqual([recent.getTime(), null].sort());
		const exported = (await exportPersonalData(contextFor(db(), me))) as unknown as {
			notifications: Array<{ kind: string }>;
		};
		expect(exported.notifications).toHaveLength(2);
		expect(exported.notifications[0]).toMatchObject({ kind: 'report.handled' });
	});
});

describe('notifications about groups and sessions', () => {
	it('lists a group notification once, naming its own group, when the organisation has several groups', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['member'] });
		const person = members[0]!;
		const groups = [];
		for (const title of ['Groupe du mardi', 'Atelier cuisine', 'Sorties du samedi'])
			groups.push(await insertGroup(db(), { organisationId: organisation.id, title }));
		const { occurrence } = await insertOccurrence(db(), {
			groupId: groups[2]!.id,
			organisationId: organisation.id,
			startsAt: new Date('2026-12-12T09:00:00Z')
		});
		await notify(db(), {
			accountId: person.accountId,
			kind: 'group.approved',
			subjectId: groups[1]!.id,
			organisationId: organisation.id
		});
		await notify(db(), {
			accountId: person.accountId,
			kind: 'session.cancelled',
			subjectId: occurrence.id,
			organisationId: organisation.id
		});
		const shown = await mine(person);
		expect(shown.map((notification) => [notification.kind, notification.title])).toEqual(
			expect.arrayContaining([
				['group.approved', 'Atelier cuisine'],
				['session.cancelled', 'Sorties du samedi']
			])
		);
		expect(shown).toHaveLength(2);
	});
});
