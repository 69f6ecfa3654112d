import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import {
	accompaniments,
	conversationParticipants,
	conversations,
	memberships,
	notifications,
	supporterOffers
} from '../../db/schema';
import { createHelpRequest, findMatches } from '../matching';
import type { Actor } from '../shared';
import { answerHandover, myPathway, resumeRole, stepDown, stepDownForm } from '.';

const db = useTestDatabase();
const as = (actor: Actor) => contextFor(db(), actor);

async function scene() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['peer_supporter', 'peer_supporter', 'member', 'member']
	});
	const [leaving, next, person, other] = members as Actor[] as [Actor, Actor, Actor, Actor];
	const first = await openAccompaniment(db(), person, leaving);
	const second = await openAccompaniment(db(), other, leaving);
	// The next supporter has an offer of their own (openAccompaniment saves it when it opens one).
	await openAccompaniment(db(), other, next);
	return { organisation, leaving, next, person, other, first, second };
}

const statusOf = async (id: string) =>
	(
		await db().select({ status: accompaniments.status }).from(accompaniments).where(eq(accompaniments.id, id))
	)[0]!.status;
const kindsFor = async (accountId: string) =>
	(
		await db()
			.select({ kind: notifications.kind })
			.from(notifications)
			.where(eq(notifications.accountId, accountId))
	).map((n) => n.kind);

describe('stepping down', () => {
	it('hands an accompaniment over with the person’s consent and ends the other kindly', async () => {
		const s = await scene();
		const form = await stepDownForm(as(s.leaving));
		expect(form.accompaniments.map((a) => a.candidates.map((c) => c.accountId))).toEqual([
			[s.next.accountId],
			[s.next.accountId]
		]);
		await stepDown(as(s.leaving), {
			kind: 'final',
			retireIdentity: true,
			message: 'Merci pour ces mois partagés. Prenez soin de vous.',
			plans: [
				{ accompanimentId: s.first.accompanimentId, action: 'handover', toSupporterId: s.next.accountId },
				{ accompanimentId: s.second.accompanimentId, action: 'farewell' }
			]
		});
		expect(await statusOf(s.second.accompanimentId)).toBe('ended');
		expect(await statusOf(s.first.accompanimentId)).toBe('open');
		expect(await kindsFor(s.other.accountId)).toContain('handover.farewell');
		const proposal = (await myPathway(as(s.person))).handovers[0]!;
		expect([proposal.kind, proposal.status, proposal.to]).toEqual(['handover', 'proposed', s.next.pseudonym]);
		expect(await kindsFor(s.person.accountId)).toContain('handover.proposed');
		// Retired: no more a peer supporter anywhere, and paused.
		const [membership] = await db()
			.select({ role: memberships.role })
			.from(memberships)
			.where(
				and(eq(memberships.accountId, s.leaving.accountId), eq(memberships.organisationId, s.organisation.id))
			);
		expect(membership!.role).toBe('member');

		await expect(
			answerHandover(as(s.other), { handoverId: proposal.id, decision: 'accept' })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const answers = await Promise.allSettled([
			answerHandover(as(s.person), { handoverId: proposal.id, decision: 'accept' }),
			answerHandover(as(s.person), { handoverId: proposal.id, decision: 'accept' })
		]);
		expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
		expect(await statusOf(s.first.accompanimentId)).toBe('ended');
		const [opened] = await db()
			.select({ id: accompaniments.id })
			.from(accompaniments)
			.where(and(eq(accompaniments.requesterId, s.person.accountId), eq(accompaniments.status, 'open')));
		const participants = await db()
			.select({ accountId: conversationParticipants.accountId })
			.from(conversations)
			.innerJoin(conversationParticipants, eq(conversationParticipants.conversationId, conversations.id))
			.where(eq(conversations.accompanimentId, opened!.id));
		expect(participants.map((p) => p.accountId).sort()).toEqual(
			[s.person.accountId, s.next.accountId].sort()
		);
		expect(await kindsFor(s.leaving.accountId)).toContain('handover.answered');
		expect(await kindsFor(s.next.accountId)).toContain('handover.answered');
	});

	it('keeps the accompaniment when the person declines', async () => {
		const s = await scene();
		await stepDown(as(s.leaving), {
			kind: 'pause',
			plans: [
				{ accompanimentId: s.first.accompanimentId, action: 'handover', toSupporterId: s.next.accountId }
			]
		});
		const proposal = (await myPathway(as(s.person))).handovers[0]!;
		await answerHandover(as(s.person), { handoverId: proposal.id, decision: 'decline' });
		expect(await statusOf(s.first.accompanimentId)).toBe('open');
		expect(await statusOf(s.second.accompanimentId)).toBe('open');
		expect(await kindsFor(s.leaving.accountId)).toContain('handover.answered');
		expect(await kindsFor(s.next.accountId)).not.toContain('handover.answered');
		await expect(
			answerHandover(as(s.person), { handoverId: proposal.id, decision: 'accept' })
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});

	it('refuses to leave for good with accompaniments left open, or to hand over to anyone not eligible', async () => {
		const s = await scene();
		await expect(
			stepDown(as(s.leaving), {
				kind: 'final',
				plans: [{ accompanimentId: s.first.accompanimentId, action: 'farewell' }]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		await expect(
			stepDown(as(s.leaving), {
				kind: 'pause',
				plans: [
					{ accompanimentId: s.first.accompanimentId, action: 'handover', toSupporterId: s.other.accountId }
				]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		await expect(
			stepDown(as(s.next), {
				kind: 'pause',
				plans: [{ accompanimentId: s.first.accompanimentId, action: 'farewell' }]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		expect(await statusOf(s.first.accompanimentId)).toBe('open');
	});

	it('hides a paused supporter from matching until they resume', async () => {
		const s = await scene();
		const experienceIds = ['troubles-psychiques/entente-de-voix'];
		const help = await createHelpRequest(as(s.person), { experienceIds, formats: ['chat'] });
		const matched = async () =>
			(await findMatches(as(s.person), { helpRequestId: help.id })).matches.map((m) => m.supporterId);
		expect(await matched()).toContain(s.next.accountId);
		await stepDown(as(s.next), { kind: 'pause' });
		expect(await matched()).not.toContain(s.next.accountId);
		const [offer] = await db()
			.select()
			.from(supporterOffers)
			.where(eq(supporterOffers.accountId, s.next.accountId));
		expect(offer!.paused).toBe(true);
		expect((await myPathway(as(s.next))).role.stepDown?.kind).toBe('pause');
		await resumeRole(as(s.next));
		expect(await matched()).toContain(s.next.accountId);
		expect((await myPathway(as(s.next))).role.stepDown).toBeNull();
		await expect(resumeRole(as(s.person))).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
