import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accompaniments, accounts, contactRequests, supporterOffers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { loadOwnHelpRequest } from './find-matches';
import { findCandidates } from './match-candidates';
import { MAX_PENDING_CONTACT_REQUESTS } from './offer-vocabulary';
import { hasRoom, isAway } from './policy';
import { helpRequestNotHidden, isBlockedPair, openAccompanimentCount } from './queries';

export const SendContactRequestSchema = z.object({
	helpRequestId: z.uuid('validation.invalid'),
	supporterId: z.uuid('validation.invalid')
});

/**
 * "At most 3 pending, one per supporter" is a check, then an insert: the requester's key is locked for
 * the transaction, so two requests sent at once take turns and the second counts the first.
 */
async function insertContactRequest(
	ctx: Ctx,
	requesterId: string,
	supporterId: string,
	helpRequestId: string | null
) {
	const created = await ctx.db.transaction(async (tx) => {
		await lockKey(tx, `contact-requests:${requesterId}`);
		const pending = await tx
			.select({ supporterId: contactRequests.supporterId })
			.from(contactRequests)
			.where(and(eq(contactRequests.requesterId, requesterId), eq(contactRequests.status, 'pending')));
		if (pending.some((row) => row.supporterId === supporterId))
			throw new DomainError('CONFLICT', 'error.contactAlreadySent');
		if (pending.length >= MAX_PENDING_CONTACT_REQUESTS)
			throw new DomainError('RATE_LIMITED', 'error.tooManyContactRequests');
		const [open] = await tx
			.select({ id: accompaniments.id })
			.from(accompaniments)
			.where(
				and(
					eq(accompaniments.requesterId, requesterId),
					eq(accompaniments.supporterId, supporterId),
					eq(accompaniments.status, 'open')
				)
			);
		if (open) throw new DomainError('CONFLICT', 'error.alreadyAccompanied');
		const [row] = await tx
			.insert(contactRequests)
			.values({ requesterId, supporterId, helpRequestId, createdAt: ctx.clock.now() })
			.returning({ id: contactRequests.id });
		const told = await notify(tx, {
			accountId: supporterId,
			kind: 'contact.received',
			subjectId: row!.id,
			now: ctx.clock.now()
		});
		return { ...row!, told };
	});
	ctx.events.emit({ type: 'contact.requested', contactRequestId: created.id, supporterId });
	if (created.told) ctx.events.emit(created.told);
	return { id: created.id };
}

/** Asks one matched supporter for contact. They see only what the requester lets supporters see. */
export async function sendContactRequest(ctx: Ctx, input: z.input<typeof SendContactRequestSchema>) {
	const actor = requireActor(ctx);
	const { helpRequestId, supporterId } = parseInput(SendContactRequestSchema, input);
	const request = await loadOwnHelpRequest(ctx, helpRequestId);
	// Re-check the hard filters now: the supporter may have paused, filled up or blocked since the list was shown.
	const [candidate] = await findCandidates(ctx.db, { ...request, supporterId, now: ctx.clock.now() });
	if (!candidate) throw new DomainError('NOT_FOUND', 'error.supporterUnavailable');
	return insertContactRequest(ctx, actor.accountId, supporterId, request.id);
}

export const RequestResumptionSchema = z.object({ supporterId: z.uuid('validation.invalid') });

/** Asks a supporter who accompanied the person before to start again. */
export async function requestResumption(ctx: Ctx, input: z.input<typeof RequestResumptionSchema>) {
	const actor = requireActor(ctx);
	const { supporterId } = parseInput(RequestResumptionSchema, input);
	const [previous] = await ctx.db
		.select({ id: accompaniments.id })
		.from(accompaniments)
		.where(
			and(
				eq(accompaniments.requesterId, actor.accountId),
				eq(accompaniments.supporterId, supporterId),
				eq(accompaniments.status, 'ended')
			)
		)
		.limit(1);
	if (!previous || (await isBlockedPair(ctx.db, actor.accountId, supporterId)))
		throw new DomainError('NOT_FOUND');
	const now = ctx.clock.now();
	const [offer] = await ctx.db
		.select({
			paused: supporterOffers.paused,
			pausedUntil: supporterOffers.pausedUntil,
			capacity: supporterOffers.capacity,
			suspendedUntil: accounts.suspendedUntil
		})
		.from(supporterOffers)
		.innerJoin(accounts, eq(accounts.id, supporterOffers.accountId))
		.where(eq(supporterOffers.accountId, supporterId));
	// A suspended supporter is away like one who paused, and answers the same: the suspension is their own
	// business (as in matching and supporter-availability).
	const suspended = offer?.suspendedUntil != null && offer.suspendedUntil > now;
	if (
		!offer ||
		suspended ||
		isAway(offer, now) ||
		!hasRoom(offer, await openAccompanimentCount(ctx.db, supporterId))
	) {
		throw new DomainError('CONFLICT', 'error.supporterUnavailable');
	}
	return insertContactRequest(ctx, actor.accountId, supporterId, null);
}

/**
 * Pending contact requests of a supporter; used for their dashboard badge. It counts what the dashboard
 * lists: not those whose help request a moderation decision hid.
 */
export async function countPendingContacts(ctx: Ctx): Promise<number> {
	const actor = requireActor(ctx);
	const [row] = await ctx.db
		.select({ count: sql<number>`count(*)::int` })
		.from(contactRequests)
		.where(
			and(
				eq(contactRequests.supporterId, actor.accountId),
				eq(contactRequests.status, 'pending'),
				helpRequestNotHidden
			)
		);
	return row?.count ?? 0;
}
