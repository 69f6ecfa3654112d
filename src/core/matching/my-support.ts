import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accompaniments, accounts, contactRequests, helpRequests } from '../../db/schema';
import { z } from 'zod';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { isClosedHelpRequest, isParty } from './policy';

/** The person's side: their help requests, contact requests and accompaniments (as requester or supporter). */
export async function mySupport(ctx: Ctx) {
	const actor = requireActor(ctx);
	const requests = await ctx.db
		.select({
			id: helpRequests.id,
			createdAt: helpRequests.createdAt,
			experienceIds: helpRequests.experienceIds,
			status: helpRequests.status,
			closesAt: helpRequests.closesAt
		})
		.from(helpRequests)
		.where(eq(helpRequests.requesterId, actor.accountId))
		.orderBy(desc(helpRequests.createdAt))
		.limit(10);
	const contacts = await ctx.db
		.select({
			contactRequestId: contactRequests.id,
			supporterId: contactRequests.supporterId,
			pseudonym: accounts.pseudonym,
			status: contactRequests.status,
			declineMessage: contactRequests.declineMessage,
			createdAt: contactRequests.createdAt
		})
		.from(contactRequests)
		.innerJoin(accounts, eq(accounts.id, contactRequests.supporterId))
		.where(
			and(
				eq(contactRequests.requesterId, actor.accountId),
				inArray(contactRequests.status, ['pending', 'declined'])
			)
		)
		.orderBy(desc(contactRequests.createdAt))
		.limit(20);
	const requester = alias(accounts, 'requester');
	const supporter = alias(accounts, 'supporter');
	const accompanied = await ctx.db
		.select({
			accompanimentId: accompaniments.id,
			status: accompaniments.status,
			requesterId: accompaniments.requesterId,
			supporterId: accompaniments.supporterId,
			requesterPseudonym: requester.pseudonym,
			supporterPseudonym: supporter.pseudonym,
			openedAt: accompaniments.openedAt,
			endedAt: accompaniments.endedAt
		})
		.from(accompaniments)
		.innerJoin(requester, eq(requester.id, accompaniments.requesterId))
		.innerJoin(supporter, eq(supporter.id, accompaniments.supporterId))
		.where(
			or(eq(accompaniments.requesterId, actor.accountId), eq(accompaniments.supporterId, actor.accountId))
		)
		.orderBy(desc(accompaniments.openedAt))
		.limit(50);
	const now = ctx.clock.now();
	return {
		// A closed one is shown as closed: it is neither matched nor sent any more (find-matches.ts).
		requests: requests.map(({ status, ...request }) => ({
			...request,
			closed: isClosedHelpRequest({ status, closesAt: request.closesAt }, now)
		})),
		contacts,
		accompaniments: accompanied.map((row) => ({
			...row,
			actorIsSupporter: row.supporterId === actor.accountId
		}))
	};
}

/** One accompaniment, for its two parties only (anyone else: not found). */
export async function getAccompaniment(ctx: Ctx, input: { accompanimentId: string }) {
	const actor = requireActor(ctx);
	const { accompanimentId } = parseInput(z.object({ accompanimentId: z.uuid('validation.invalid') }), input);
	const requester = alias(accounts, 'requester');
	const supporter = alias(accounts, 'supporter');
	const [found] = await ctx.db
		.select({
			accompanimentId: accompaniments.id,
			status: accompaniments.status,
			requesterId: accompaniments.requesterId,
			supporterId: accompaniments.supporterId,
			requesterPseudonym: requester.pseudonym,
			supporterPseudonym: supporter.pseudonym,
			openedAt: accompaniments.openedAt,
			endedAt: accompaniments.endedAt
		})
		.from(accompaniments)
		.innerJoin(requester, eq(requester.id, accompaniments.requesterId))
		.innerJoin(supporter, eq(supporter.id, accompaniments.supporterId))
		.where(eq(accompaniments.id, accompanimentId));
	if (!found || !isParty(actor.accountId, found)) throw new DomainError('NOT_FOUND');
	return { ...found, actorIsSupporter: found.supporterId === actor.accountId };
}
