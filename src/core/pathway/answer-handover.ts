import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { accompanimentHandovers, accompaniments, supporterOffers } from '../../db/schema';
import { createAccompanimentConversation } from '../conversations/queries';
import { openAccompanimentCount } from '../matching/queries';
import { hasRoom } from '../matching/policy';
import { notifyAll } from '../notifications/notify';
import { DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { AnswerHandoverSchema } from './schemas';

/**
 * The person answers a handover proposal. Accepting ends the accompaniment with the supporter who left
 * and opens a new one, with a new conversation, with the supporter proposed: the old conversation is not
 * moved, since what the person told one supporter is not the next one's to read. Declining keeps the
 * current accompaniment as it is (the person is never dropped for saying no). Both supporters learn the
 * answer.
 */
export async function answerHandover(ctx: Ctx, input: z.input<typeof AnswerHandoverSchema>) {
	const actor = requireActor(ctx);
	const { handoverId, decision } = parseInput(AnswerHandoverSchema, input);
	const now = ctx.clock.now();
	const { told, opened, ended } = await ctx.db.transaction(async (tx) => {
		// The conditional update settles it once: of two answers at once, the second finds it decided.
		const [handover] = await tx
			.update(accompanimentHandovers)
			.set({ status: decision === 'accept' ? 'accepted' : 'declined', decidedAt: now })
			.where(
				and(
					eq(accompanimentHandovers.id, handoverId),
					eq(accompanimentHandovers.requesterId, actor.accountId),
					eq(accompanimentHandovers.status, 'proposed')
				)
			)
			.returning();
		if (!handover) {
			const [mine] = await tx
				.select({ id: accompanimentHandovers.id })
				.from(accompanimentHandovers)
				.where(
					and(
						eq(accompanimentHandovers.id, handoverId),
						eq(accompanimentHandovers.requesterId, actor.accountId)
					)
				);
			if (!mine) throw new DomainError('NOT_FOUND');
			throw new DomainError('CONFLICT', 'error.pathway.handoverDecided');
		}
		let opened: string | null = null;
		let ended: string | null = null;
		if (decision === 'accept') {
			const toSupporterId = handover.toSupporterId;
			if (!toSupporterId) throw new DomainError('CONFLICT', 'error.pathway.handoverUnavailable');
			// Same turn-taking as an accepted contact request: the new supporter's capacity holds.
			await lockKey(tx, `supporter-capacity:${toSupporterId}`);
			const [offer] = await tx
				.select({ paused: supporterOffers.paused, capacity: supporterOffers.capacity })
				.from(supporterOffers)
				.where(eq(supporterOffers.accountId, toSupporterId));
			if (!offer || !hasRoom(offer, await openAccompanimentCount(tx, toSupporterId)))
				throw new DomainError('CONFLICT', 'error.pathway.handoverUnavailable');
			if (handover.accompanimentId) {
				const [closed] = await tx
					.update(accompaniments)
					.set({ status: 'ended', endedAt: now, endedBy: handover.fromSupporterId })
					.where(and(eq(accompaniments.id, handover.accompanimentId), eq(accompaniments.status, 'open')))
					.returning({ id: accompaniments.id });
				ended = closed?.id ?? null;
			}
			const [created] = await tx
				.insert(accompaniments)
				.values({ requesterId: actor.accountId, supporterId: toSupporterId, openedAt: now })
				.returning({ id: accompaniments.id });
			await createAccompanimentConversation(
				tx,
				{ id: created!.id, requesterId: actor.accountId, supporterId: toSupporterId },
				now
			);
			await tx
				.update(accompanimentHandovers)
				.set({ newAccompanimentId: created!.id })
				.where(eq(accompanimentHandovers.id, handover.id));
			opened = created!.id;
		}
		const recipients = [handover.fromSupporterId, decision === 'accept' ? handover.toSupporterId : null];
		const told = await notifyAll(
			tx,
			recipients.flatMap((accountId) =>
				accountId
					? [
							{
								accountId,
								kind: 'handover.answered' as const,
								subjectId: handover.id,
								organisationId: handover.organisationId,
								now
							}
						]
					: []
			)
		);
		return { told, opened, ended };
	});
	if (ended) ctx.events.emit({ type: 'accompaniment.ended', accompanimentId: ended });
	if (opened) ctx.events.emit({ type: 'accompaniment.opened', accompanimentId: opened });
	for (const event of told) ctx.events.emit(event);
	return {
		status: decision === 'accept' ? ('accepted' as const) : ('declined' as const),
		accompanimentId: opened
	};
}
