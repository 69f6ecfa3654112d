import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/client';
import {
	accompaniments,
	accounts,
	recoveryPlanAccesses,
	recoveryPlans,
	recoveryPlanShares
} from '../../db/schema';
import { hashToken } from '../accounts/tokens';
import { authorize, parseInput, requireActor, requireToken, type Ctx, type RateRule } from '../shared';
import { canReadPlan, type ShareFacts, type ShareKind } from './policy';
import { readPlanVersion } from './queries';

/**
 * Every lookup of a link costs a token from the client address's bucket, found or not: guessing a 256-bit
 * token is hopeless, but each guess costs a query and a right one a write.
 */
export const LINK_LOOKUP_RULE: RateRule = { capacity: 30, perSeconds: 600 };

const shareColumns = {
	shareId: recoveryPlanShares.id,
	kind: recoveryPlanShares.kind,
	revokedAt: recoveryPlanShares.revokedAt,
	expiresAt: recoveryPlanShares.expiresAt,
	planId: recoveryPlans.id,
	ownerId: recoveryPlans.accountId,
	ownerPseudonym: accounts.pseudonym,
	accompanimentStatus: accompaniments.status,
	supporterId: accompaniments.supporterId,
	requesterId: accompaniments.requesterId
};
type ShareRow = { [K in keyof typeof shareColumns]: (typeof shareColumns)[K]['_']['data'] | null };

function factsOf(row: ShareRow): ShareFacts {
	return {
		kind: row.kind as ShareKind,
		revokedAt: row.revokedAt,
		expiresAt: row.expiresAt,
		accompaniment:
			row.accompanimentStatus && row.supporterId && row.requesterId
				? { status: row.accompanimentStatus, supporterId: row.supporterId, requesterId: row.requesterId }
				: null
	};
}

/**
 * The share row locked FOR SHARE: a revocation (an UPDATE of that row) waits for this reading to commit,
 * and a reading that starts after it sees the revocation. Either the plan was read before the revoke, or
 * it is not read at all.
 */
function lockedShare(tx: Transaction, where: ReturnType<typeof and>) {
	return tx
		.select(shareColumns)
		.from(recoveryPlanShares)
		.innerJoin(recoveryPlans, eq(recoveryPlans.id, recoveryPlanShares.planId))
		.innerJoin(accounts, eq(accounts.id, recoveryPlans.accountId))
		.leftJoin(accompaniments, eq(accompaniments.id, recoveryPlanShares.accompanimentId))
		.where(where)
		.for('share', { of: recoveryPlanShares });
}

/** Reads the current version and records this opening in the owner's access log, in one transaction. */
async function openAndRecord(tx: Transaction, row: ShareRow, viewerId: string | null, now: Date) {
	const version = await readPlanVersion(tx, row.planId!);
	authorize(version, 'plan');
	await tx.insert(recoveryPlanAccesses).values({
		planId: row.planId!,
		shareId: row.shareId!,
		kind: row.kind!,
		viewerId,
		openedAt: now
	});
	return {
		ownerPseudonym: row.ownerPseudonym!,
		version: version.number,
		savedAt: version.createdAt,
		content: version.content
	};
}

export const ReadPlanAsSupporterSchema = z.object({ accompanimentId: z.uuid('validation.invalid') });

/**
 * The plan of the person the actor accompanies, when that person shared it with this accompaniment and
 * the accompaniment is still open. Each opening is recorded (who, when) for the owner to see. Anything
 * else is NOT_FOUND.
 */
export async function readPlanAsSupporter(ctx: Ctx, input: z.input<typeof ReadPlanAsSupporterSchema>) {
	const actor = requireActor(ctx);
	const { accompanimentId } = parseInput(ReadPlanAsSupporterSchema, input);
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const [row] = await lockedShare(
			tx,
			and(eq(recoveryPlanShares.accompanimentId, accompanimentId), isNull(recoveryPlanShares.revokedAt))
		);
		authorize(row && canReadPlan(actor.accountId, row.ownerId!, factsOf(row), now), 'plan');
		return openAndRecord(tx, row, actor.accountId, now);
	});
}

/** Whether the actor, supporter of this accompaniment, may open the person's plan now. Reads only. */
export async function isPlanSharedWithMe(ctx: Ctx, input: z.input<typeof ReadPlanAsSupporterSchema>) {
	if (!ctx.actor) return false;
	const { accompanimentId } = parseInput(ReadPlanAsSupporterSchema, input);
	const [row] = await ctx.db
		.select(shareColumns)
		.from(recoveryPlanShares)
		.innerJoin(recoveryPlans, eq(recoveryPlans.id, recoveryPlanShares.planId))
		.innerJoin(accounts, eq(accounts.id, recoveryPlans.accountId))
		.leftJoin(accompaniments, eq(accompaniments.id, recoveryPlanShares.accompanimentId))
		.where(
			and(eq(recoveryPlanShares.accompanimentId, accompanimentId), isNull(recoveryPlanShares.revokedAt))
		);
	return (
		!!row &&
		row.ownerId !== ctx.actor.accountId &&
		canReadPlan(ctx.actor.accountId, row.ownerId!, factsOf(row), ctx.clock.now())
	);
}

// A token is 32 bytes in base64url: 43 characters. Anything else is NOT_FOUND without a lookup.
export const ReadPlanByLinkSchema = z.object({
	token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'validation.invalid')
});

/**
 * The plan behind a secret link, for whoever holds it (no session needed): NOT_FOUND once revoked or
 * expired, or when the plan is gone. Each opening is recorded (which link, when). Lookups are throttled
 * per client address.
 */
export async function readPlanByLink(ctx: Ctx, input: z.input<typeof ReadPlanByLinkSchema>) {
	const now = ctx.clock.now();
	await requireToken(ctx.db, `plan-link:${ctx.ip ?? 'unknown'}`, LINK_LOOKUP_RULE, now);
	const parsed = ReadPlanByLinkSchema.safeParse(input);
	authorize(parsed.success, 'plan');
	const tokenHash = hashToken(parsed.data.token);
	return ctx.db.transaction(async (tx) => {
		const [row] = await lockedShare(tx, eq(recoveryPlanShares.tokenHash, tokenHash));
		authorize(row && canReadPlan(null, row.ownerId!, factsOf(row), now), 'plan');
		return openAndRecord(tx, row, null, now);
	});
}
