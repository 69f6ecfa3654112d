import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Transaction } from '../../db/client';
import {
	accompanimentHandovers,
	accompaniments,
	memberships,
	supporterOffers,
	supporterStepDowns
} from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { candidatesFor, openAccompanimentsWithCandidates } from './handover-candidates';
import { StepDownSchema, type Plan } from './schemas';

const planProblem = (accompanimentId: string) =>
	new DomainError('INVALID', 'error.invalid', [
		{ field: `plan-${accompanimentId}`, message: 'validation.pathway.plan' }
	]);

/**
 * A supporter steps down, for a while ('pause') or for good ('final'). Their offer is paused (no new
 * matches nor contact requests: matching's own pause), optionally their peer identity retired (their
 * peer-supporter roles become member). Each open accompaniment is kept (pause only), proposed to another
 * supporter of its organisation (the person accepts or declines), or ended with a kind message. All in
 * one transaction: a half-done step-down would leave people in between.
 */
export async function stepDown(ctx: Ctx, input: z.input<typeof StepDownSchema>) {
	const actor = requireActor(ctx);
	const { kind, retireIdentity, message, plans } = parseInput(StepDownSchema, input);
	const now = ctx.clock.now();
	const told: DomainEvent[] = [];
	const ended: string[] = [];
	const result = await ctx.db.transaction(async (tx) => {
		const open = await openAccompanimentsWithCandidates(tx, actor.accountId, now);
		const byId = new Map(plans.map((plan) => [plan.accompanimentId, plan]));
		for (const plan of plans)
			if (!open.some((o) => o.accompanimentId === plan.accompanimentId))
				throw planProblem(plan.accompanimentId);
		for (const accompaniment of open) {
			if (accompaniment.pending) continue;
			const plan: Plan = byId.get(accompaniment.accompanimentId) ?? {
				accompanimentId: accompaniment.accompanimentId,
				action: 'keep'
			};
			// Leaving for good leaves nobody waiting: every accompaniment is handed over or ended.
			if (plan.action === 'keep' && kind === 'final') throw planProblem(accompaniment.accompanimentId);
			if (plan.action === 'keep') continue;
			if (plan.action === 'handover') {
				const candidates = accompaniment.organisationId
					? await candidatesFor(
							tx,
							accompaniment.organisationId,
							actor.accountId,
							accompaniment.requesterId,
							now
						)
					: [];
				if (!candidates.some((c) => c.accountId === plan.toSupporterId))
					throw planProblem(accompaniment.accompanimentId);
			}
			const event = await settleAccompaniment(tx, actor.accountId, accompaniment, plan, message, now);
			if (event.told) told.push(event.told);
			if (event.ended) ended.push(accompaniment.accompanimentId);
		}
		const paused = await tx
			.update(supporterOffers)
			.set({ paused: true, updatedAt: now })
			.where(eq(supporterOffers.accountId, actor.accountId))
			.returning({ accountId: supporterOffers.accountId });
		// Only a supporter with an offer steps down; the whole step-down rolls back otherwise.
		permit(paused.length > 0, 'error.noOffer');
		if (kind === 'final' && retireIdentity)
			await tx
				.update(memberships)
				.set({ role: 'member' })
				.where(and(eq(memberships.accountId, actor.accountId), eq(memberships.role, 'peer_supporter')));
		const [row] = await tx
			.insert(supporterStepDowns)
			.values({
				accountId: actor.accountId,
				kind,
				retiredIdentity: kind === 'final' && retireIdentity,
				at: now
			})
			.returning({ id: supporterStepDowns.id });
		return { stepDownId: row!.id, kind };
	});
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	for (const accompanimentId of ended) ctx.events.emit({ type: 'accompaniment.ended', accompanimentId });
	for (const event of told) ctx.events.emit(event);
	return result;
}

async function settleAccompaniment(
	tx: Transaction,
	supporterId: string,
	accompaniment: { accompanimentId: string; requesterId: string; organisationId: string | null },
	plan: Exclude<Plan, { action: 'keep' }>,
	message: string,
	now: Date
) {
	if (plan.action === 'farewell') {
		const [closed] = await tx
			.update(accompaniments)
			.set({ status: 'ended', endedAt: now, endedBy: supporterId })
			.where(and(eq(accompaniments.id, accompaniment.accompanimentId), eq(accompaniments.status, 'open')))
			.returning({ id: accompaniments.id });
		if (!closed) throw new DomainError('CONFLICT', 'error.accompanimentEnded');
	}
	const [handover] = await tx
		.insert(accompanimentHandovers)
		.values({
			accompanimentId: accompaniment.accompanimentId,
			organisationId: accompaniment.organisationId,
			kind: plan.action,
			requesterId: accompaniment.requesterId,
			fromSupporterId: supporterId,
			toSupporterId: plan.action === 'handover' ? plan.toSupporterId : null,
			message,
			status: plan.action === 'handover' ? 'proposed' : 'ended',
			createdAt: now
		})
		// One open proposal per accompaniment (unique partial index): a second one is a conflict.
		.onConflictDoNothing()
		.returning({ id: accompanimentHandovers.id });
	if (!handover) throw new DomainError('CONFLICT', 'error.pathway.handoverPending');
	const told = await notify(tx, {
		accountId: accompaniment.requesterId,
		kind: plan.action === 'handover' ? 'handover.proposed' : 'handover.farewell',
		subjectId: handover.id,
		organisationId: accompaniment.organisationId,
		now
	});
	return { told, ended: plan.action === 'farewell' };
}

/** The supporter comes back from a pause: their offer is open again (a retired identity stays retired). */
export async function resumeRole(ctx: Ctx) {
	const actor = requireActor(ctx);
	const now = ctx.clock.now();
	await ctx.db.transaction(async (tx) => {
		const resumed = await tx
			.update(supporterOffers)
			.set({ paused: false, updatedAt: now })
			.where(eq(supporterOffers.accountId, actor.accountId))
			.returning({ accountId: supporterOffers.accountId });
		permit(resumed.length > 0, 'error.noOffer');
		await tx
			.update(supporterStepDowns)
			.set({ resumedAt: now })
			.where(and(eq(supporterStepDowns.accountId, actor.accountId), isNull(supporterStepDowns.resumedAt)));
	});
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { resumed: true as const };
}
