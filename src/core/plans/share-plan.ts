import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accompaniments, recoveryPlanShares } from '../../db/schema';
import { generateToken, hashToken } from '../accounts/tokens';
import { authorize, DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { MAX_LINK_DAYS, MAX_LIVE_LINKS } from './policy';
import { findPlanOf } from './queries';

/** The path of a shared link (the token is in it: shown once, never stored). */
export const planLinkPath = (token: string) => `/plan-partage/${token}`;

async function requirePlan(ctx: Ctx, accountId: string) {
	const plan = await findPlanOf(ctx.db, accountId);
	if (!plan || plan.currentVersion === 0) throw new DomainError('CONFLICT', 'plan.error.noPlan');
	return plan;
}

export const SharePlanWithSupporterSchema = z.object({ accompanimentId: z.uuid('validation.invalid') });

/**
 * Lets the supporter of one of the actor's open accompaniments read the plan (from that accompaniment's
 * page). Only the person accompanied shares, never the supporter. Sharing twice is one share: the live
 * share per accompaniment is unique in the database, so parallel requests make one row.
 */
export async function sharePlanWithSupporter(ctx: Ctx, input: z.input<typeof SharePlanWithSupporterSchema>) {
	const actor = requireActor(ctx);
	const { accompanimentId } = parseInput(SharePlanWithSupporterSchema, input);
	const [accompaniment] = await ctx.db
		.select({ id: accompaniments.id })
		.from(accompaniments)
		.where(
			and(
				eq(accompaniments.id, accompanimentId),
				eq(accompaniments.requesterId, actor.accountId),
				eq(accompaniments.status, 'open')
			)
		);
	authorize(accompaniment, 'accompaniment');
	const plan = await requirePlan(ctx, actor.accountId);
	await ctx.db
		.insert(recoveryPlanShares)
		.values({ planId: plan.id, kind: 'supporter', accompanimentId, createdAt: ctx.clock.now() })
		.onConflictDoNothing();
	const [share] = await ctx.db
		.select({ id: recoveryPlanShares.id })
		.from(recoveryPlanShares)
		.where(
			and(eq(recoveryPlanShares.accompanimentId, accompanimentId), isNull(recoveryPlanShares.revokedAt))
		);
	return { id: share!.id };
}

export const CreatePlanLinkSchema = z.object({
	recipientName: z.string().trim().min(1, 'validation.plan.recipient').max(80, 'validation.plan.recipient'),
	days: z.coerce
		.number('validation.plan.days')
		.int('validation.plan.days')
		.min(1, 'validation.plan.days')
		.max(MAX_LINK_DAYS, 'validation.plan.days')
});

/**
 * A secret link to the plan for one named person: 256 random bits, of which only the SHA-256 is kept;
 * it expires after the days the person chose (30 at most) and can be revoked before. The token is
 * returned this once. Five live links at most, counted under a per-person lock.
 */
export async function createPlanLink(ctx: Ctx, input: z.input<typeof CreatePlanLinkSchema>) {
	const actor = requireActor(ctx);
	const { recipientName, days } = parseInput(CreatePlanLinkSchema, input);
	const plan = await requirePlan(ctx, actor.accountId);
	const now = ctx.clock.now();
	const expiresAt = new Date(now.getTime() + days * 86_400_000);
	const token = generateToken();
	const share = await ctx.db.transaction(async (tx) => {
		await lockKey(tx, `plan-links:${actor.accountId}`);
		const [live] = await tx
			.select({ value: count() })
			.from(recoveryPlanShares)
			.where(
				and(
					eq(recoveryPlanShares.planId, plan.id),
					eq(recoveryPlanShares.kind, 'link'),
					isNull(recoveryPlanShares.revokedAt),
					gt(recoveryPlanShares.expiresAt, now)
				)
			);
		if ((live?.value ?? 0) >= MAX_LIVE_LINKS) throw new DomainError('CONFLICT', 'plan.error.tooManyLinks');
		const [created] = await tx
			.insert(recoveryPlanShares)
			.values({
				planId: plan.id,
				kind: 'link',
				recipientName,
				tokenHash: hashToken(token),
				expiresAt,
				createdAt: now
			})
			.returning({ id: recoveryPlanShares.id });
		return created!;
	});
	return { id: share.id, token, path: planLinkPath(token), expiresAt };
}
