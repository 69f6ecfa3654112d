import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accompaniments, accounts, recoveryPlanAccesses, recoveryPlanShares } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import { isShareLive, type ShareKind } from './policy';
import { findPlanOf } from './queries';

export type ShareState = 'live' | 'expired' | 'revoked' | 'ended';

const supporters = alias(accounts, 'supporter');

/**
 * The actor's shares (live and past, newest first) with their state, the supporters of their open
 * accompaniments they could share with, and the log of every opening by someone else (who for a
 * supporter, which link for a link; newest first).
 */
export async function listPlanShares(ctx: Ctx) {
	const actor = requireActor(ctx);
	const now = ctx.clock.now();
	const [plan, openAccompaniments] = await Promise.all([
		findPlanOf(ctx.db, actor.accountId),
		ctx.db
			.select({ accompanimentId: accompaniments.id, supporterPseudonym: supporters.pseudonym })
			.from(accompaniments)
			.innerJoin(supporters, eq(supporters.id, accompaniments.supporterId))
			.where(and(eq(accompaniments.requesterId, actor.accountId), eq(accompaniments.status, 'open')))
			.orderBy(asc(accompaniments.openedAt))
	]);
	if (!plan)
		return {
			shares: [],
			accesses: [],
			accompaniments: openAccompaniments.map((a) => ({ ...a, shared: false }))
		};
	const [shareRows, accessRows] = await Promise.all([
		ctx.db
			.select({
				id: recoveryPlanShares.id,
				kind: recoveryPlanShares.kind,
				accompanimentId: recoveryPlanShares.accompanimentId,
				supporterPseudonym: supporters.pseudonym,
				accompanimentStatus: accompaniments.status,
				supporterId: accompaniments.supporterId,
				requesterId: accompaniments.requesterId,
				recipientName: recoveryPlanShares.recipientName,
				createdAt: recoveryPlanShares.createdAt,
				expiresAt: recoveryPlanShares.expiresAt,
				revokedAt: recoveryPlanShares.revokedAt
			})
			.from(recoveryPlanShares)
			.leftJoin(accompaniments, eq(accompaniments.id, recoveryPlanShares.accompanimentId))
			.leftJoin(supporters, eq(supporters.id, accompaniments.supporterId))
			.where(eq(recoveryPlanShares.planId, plan.id))
			.orderBy(desc(recoveryPlanShares.createdAt)),
		ctx.db
			.select({
				id: recoveryPlanAccesses.id,
				kind: recoveryPlanAccesses.kind,
				shareId: recoveryPlanAccesses.shareId,
				viewerPseudonym: supporters.pseudonym,
				recipientName: recoveryPlanShares.recipientName,
				openedAt: recoveryPlanAccesses.openedAt
			})
			.from(recoveryPlanAccesses)
			.leftJoin(supporters, eq(supporters.id, recoveryPlanAccesses.viewerId))
			.leftJoin(recoveryPlanShares, eq(recoveryPlanShares.id, recoveryPlanAccesses.shareId))
			.where(eq(recoveryPlanAccesses.planId, plan.id))
			.orderBy(desc(recoveryPlanAccesses.openedAt))
			.limit(200)
	]);
	const shares = shareRows.map(({ accompanimentStatus, supporterId, requesterId, ...share }) => {
		const kind = share.kind as ShareKind;
		const live = isShareLive(
			{
				kind,
				revokedAt: share.revokedAt,
				expiresAt: share.expiresAt,
				accompaniment:
					accompanimentStatus && supporterId && requesterId
						? { status: accompanimentStatus, supporterId, requesterId }
						: null
			},
			actor.accountId,
			now
		);
		const state: ShareState = live
			? 'live'
			: share.revokedAt
				? 'revoked'
				: kind === 'link'
					? 'expired'
					: 'ended';
		return { ...share, kind, state };
	});
	return {
		shares,
		accesses: accessRows.map((access) => ({ ...access, kind: access.kind as ShareKind })),
		accompaniments: openAccompaniments.map((accompaniment) => ({
			...accompaniment,
			shared: shares.some(
				(share) => share.accompanimentId === accompaniment.accompanimentId && share.state === 'live'
			)
		}))
	};
}
