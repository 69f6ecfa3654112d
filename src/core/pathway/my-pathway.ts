import { alias } from 'drizzle-orm/pg-core';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import {
	accompanimentHandovers,
	accounts,
	organisations,
	peerPathEnrolments,
	peerPaths,
	peerPathSteps,
	supporterOffers,
	supporterStepDowns
} from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { listMyMissionSheets } from './get-mission-sheet';
import { openAccompanimentsWithCandidates } from './handover-candidates';
import { progressOf } from './policy';
import { completedSteps } from './queries';

const fromSupporter = alias(accounts, 'from_supporter');
const toSupporter = alias(accounts, 'to_supporter');

/** The actor's paths (with where they stand), mission sheets, role state and the handovers addressed to them. */
export async function myPathway(ctx: Ctx) {
	const actor = requireActor(ctx);
	const enrolmentRows = await ctx.db
		.select({
			id: peerPathEnrolments.id,
			accountId: peerPathEnrolments.accountId,
			status: peerPathEnrolments.status,
			pathId: peerPaths.id,
			path: peerPaths.title,
			organisationId: organisations.id,
			organisation: organisations.name,
			slug: organisations.slug
		})
		.from(peerPathEnrolments)
		.innerJoin(peerPaths, eq(peerPaths.id, peerPathEnrolments.pathId))
		.innerJoin(organisations, eq(organisations.id, peerPaths.organisationId))
		.where(eq(peerPathEnrolments.accountId, actor.accountId))
		.orderBy(desc(peerPathEnrolments.createdAt));
	const steps = enrolmentRows.length
		? await ctx.db
				.select()
				.from(peerPathSteps)
				.where(
					inArray(
						peerPathSteps.pathId,
						enrolmentRows.map((e) => e.pathId)
					)
				)
		: [];
	const enrolments = await Promise.all(
		enrolmentRows.map(async (row) => {
			const own = steps.filter((s) => s.pathId === row.pathId);
			const done = await completedSteps(ctx.db, row.organisationId, [row], own);
			return { ...row, ...progressOf(own, done.get(row.id)!) };
		})
	);
	const [offer] = await ctx.db
		.select({ paused: supporterOffers.paused })
		.from(supporterOffers)
		.where(eq(supporterOffers.accountId, actor.accountId));
	const [stepDown] = await ctx.db
		.select({
			kind: supporterStepDowns.kind,
			at: supporterStepDowns.at,
			retiredIdentity: supporterStepDowns.retiredIdentity
		})
		.from(supporterStepDowns)
		.where(and(eq(supporterStepDowns.accountId, actor.accountId), isNull(supporterStepDowns.resumedAt)))
		.orderBy(desc(supporterStepDowns.at))
		.limit(1);
	return {
		enrolments,
		sheets: await listMyMissionSheets(ctx),
		role: { hasOffer: Boolean(offer), paused: offer?.paused ?? false, stepDown: stepDown ?? null },
		handovers: await handoversFor(ctx.db, actor.accountId)
	};
}

const handoverColumns = {
	id: accompanimentHandovers.id,
	kind: accompanimentHandovers.kind,
	status: accompanimentHandovers.status,
	from: fromSupporter.pseudonym,
	to: toSupporter.pseudonym,
	message: accompanimentHandovers.message,
	organisation: organisations.name,
	createdAt: accompanimentHandovers.createdAt,
	newAccompanimentId: accompanimentHandovers.newAccompanimentId
};

function handoversQuery(db: Ctx['db']) {
	return db
		.select(handoverColumns)
		.from(accompanimentHandovers)
		.leftJoin(fromSupporter, eq(fromSupporter.id, accompanimentHandovers.fromSupporterId))
		.leftJoin(toSupporter, eq(toSupporter.id, accompanimentHandovers.toSupporterId))
		.leftJoin(organisations, eq(organisations.id, accompanimentHandovers.organisationId));
}

async function handoversFor(db: Ctx['db'], requesterId: string) {
	return handoversQuery(db)
		.where(eq(accompanimentHandovers.requesterId, requesterId))
		.orderBy(desc(accompanimentHandovers.createdAt));
}

const HandoverIdSchema = z.object({ handoverId: z.uuid('validation.invalid') });

/** One handover or farewell, for the person it is addressed to only. */
export async function getHandover(ctx: Ctx, input: z.input<typeof HandoverIdSchema>) {
	const actor = requireActor(ctx);
	const { handoverId } = parseInput(HandoverIdSchema, input);
	const [row] = await handoversQuery(ctx.db).where(
		and(eq(accompanimentHandovers.id, handoverId), eq(accompanimentHandovers.requesterId, actor.accountId))
	);
	if (!row) throw new DomainError('NOT_FOUND');
	return row;
}

/** What the step-down form needs: the actor's open accompaniments and who could take each over. */
export async function stepDownForm(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [offer] = await ctx.db
		.select({ paused: supporterOffers.paused })
		.from(supporterOffers)
		.where(eq(supporterOffers.accountId, actor.accountId));
	return {
		hasOffer: Boolean(offer),
		paused: offer?.paused ?? false,
		accompaniments: await openAccompanimentsWithCandidates(ctx.db, actor.accountId, ctx.clock.now())
	};
}
