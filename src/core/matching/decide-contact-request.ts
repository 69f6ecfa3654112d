import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accompaniments, contactRequests, supporterOffers } from '../../db/schema';
import type { DatabaseOrTransaction } from '../../db/client';
import { notify } from '../notifications/notify';
import { DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { DECLINE_MESSAGES } from './offer-vocabulary';
import { canDecideContact, canWithdrawContact, hasRoom, isParty, type ContactFacts } from './policy';
import { openAccompanimentCount } from './queries';
import { createAccompanimentConversation } from '../conversations/queries';

export const DecideContactRequestSchema = z.discriminatedUnion(
	'decision',
	[
		z.object({ contactRequestId: z.uuid('validation.invalid'), decision: z.literal('accept') }),
		z.object({
			contactRequestId: z.uuid('validation.invalid'),
			decision: z.literal('decline'),
			declineMessage: z
				.union([z.enum(DECLINE_MESSAGES), z.literal('')], 'validation.invalid')
				.optional()
				.transform((value) => value || null)
		}),
		z.object({ contactRequestId: z.uuid('validation.invalid'), decision: z.literal('withdraw') })
	],
	'validation.invalid'
);

/**
 * Records a decision only if the request is still pending, in one conditional update: a decline racing an
 * accept (or a withdrawal) must not overwrite it.
 */
async function settlePending(
	db: DatabaseOrTransaction,
	contactRequestId: string,
	decision: { status: 'withdrawn' | 'declined'; decidedAt: Date; declineMessage?: string | null }
) {
	const [updated] = await db
		.update(contactRequests)
		.set(decision)
		.where(and(eq(contactRequests.id, contactRequestId), eq(contactRequests.status, 'pending')))
		.returning({ id: contactRequests.id });
	if (!updated) throw new DomainError('CONFLICT', 'error.contactDecided');
}

/**
 * The supporter accepts or declines a contact request (accepting opens the accompaniment: both have now
 * said yes), or the requester withdraws it. Declining never carries a reason, only an optional kind message.
 */
export async function decideContactRequest(ctx: Ctx, input: z.input<typeof DecideContactRequestSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(DecideContactRequestSchema, input);
	const [contact] = await ctx.db
		.select()
		.from(contactRequests)
		.where(eq(contactRequests.id, command.contactRequestId));
	if (!contact || !isParty(actor.accountId, contact)) throw new DomainError('NOT_FOUND');
	const facts = contact as ContactFacts;
	const now = ctx.clock.now();
	if (command.decision === 'withdraw') {
		if (!canWithdrawContact(actor.accountId, facts))
			throw new DomainError('CONFLICT', 'error.contactDecided');
		await settlePending(ctx.db, contact.id, { status: 'withdrawn', decidedAt: now });
		ctx.events.emit({
			type: 'contact.withdrawn',
			contactRequestId: contact.id,
			supporterId: contact.supporterId
		});
		return { status: 'withdrawn' as const, accompanimentId: null };
	}
	// Only the supporter answers a request; the requester may only withdraw it.
	if (contact.supporterId !== actor.accountId) throw new DomainError('FORBIDDEN');
	if (!canDecideContact(actor.accountId, facts)) throw new DomainError('CONFLICT', 'error.contactDecided');
	if (command.decision === 'decline') {
		const told = await ctx.db.transaction(async (tx) => {
			await settlePending(tx, contact.id, {
				status: 'declined',
				declineMessage: command.declineMessage,
				decidedAt: now
			});
			return notify(tx, {
				accountId: contact.requesterId,
				kind: 'contact.declined',
				subjectId: contact.id,
				now
			});
		});
		ctx.events.emit({
			type: 'contact.decided',
			contactRequestId: contact.id,
			requesterId: contact.requesterId
		});
		if (told) ctx.events.emit(told);
		return { status: 'declined' as const, accompanimentId: null };
	}
	const { accompanimentId, told } = await ctx.db.transaction(async (tx) => {
		// Count, then open: two accepts at once would both see room for one more. They take turns on the
		// supporter's key, and the second counts the accompaniment the first opened.
		await lockKey(tx, `supporter-capacity:${actor.accountId}`);
		const [offer] = await tx
			.select({ paused: supporterOffers.paused, capacity: supporterOffers.capacity })
			.from(supporterOffers)
			.where(eq(supporterOffers.accountId, actor.accountId));
		// Capacity protects supporters from overload, even when they click "accept".
		if (!offer || !hasRoom({ ...offer, paused: false }, await openAccompanimentCount(tx, actor.accountId))) {
			throw new DomainError('CONFLICT', 'error.atCapacity');
		}
		const [updated] = await tx
			.update(contactRequests)
			.set({ status: 'accepted', decidedAt: now })
			.where(and(eq(contactRequests.id, contact.id), eq(contactRequests.status, 'pending')))
			.returning({ id: contactRequests.id });
		if (!updated) throw new DomainError('CONFLICT', 'error.contactDecided');
		const [opened] = await tx
			.insert(accompaniments)
			.values({
				requesterId: contact.requesterId,
				supporterId: contact.supporterId,
				contactRequestId: contact.id,
				openedAt: now
			})
			.returning({ id: accompaniments.id });
		// Both said yes: their conversation opens with the accompaniment, in the same commit.
		await createAccompanimentConversation(tx, { ...contact, id: opened!.id }, now);
		// The acceptance tells the requester; the supporter opened it themselves (no 'accompaniment.opened').
		const told = await notify(tx, {
			accountId: contact.requesterId,
			kind: 'contact.accepted',
			subjectId: contact.id,
			now
		});
		return { accompanimentId: opened!.id, told };
	});
	ctx.events.emit({
		type: 'contact.decided',
		contactRequestId: contact.id,
		requesterId: contact.requesterId
	});
	ctx.events.emit({ type: 'accompaniment.opened', accompanimentId });
	if (told) ctx.events.emit(told);
	return { status: 'accepted' as const, accompanimentId };
}
