import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { peerPathEnrolments, peerPaths, peerPathSignOffs, peerPathSteps } from '../../db/schema';
import { DomainError, authorize, parseInput, requireActor, type Ctx } from '../shared';
import { canSeeEnrolment, canSignOff } from './policy';
import { loadPathwayViewer } from './queries';
import { SignOffSchema } from './schemas';

/** A referent (a coordinator, or the enrolment's named referent) signs one step off; once. */
export async function signOffStep(ctx: Ctx, input: z.input<typeof SignOffSchema>) {
	const actor = requireActor(ctx);
	const { enrolmentId, stepId } = parseInput(SignOffSchema, input);
	const [row] = await ctx.db
		.select({
			accountId: peerPathEnrolments.accountId,
			referentId: peerPathEnrolments.referentId,
			status: peerPathEnrolments.status,
			organisationId: peerPaths.organisationId,
			stepId: peerPathSteps.id
		})
		.from(peerPathEnrolments)
		.innerJoin(peerPaths, eq(peerPaths.id, peerPathEnrolments.pathId))
		.leftJoin(peerPathSteps, and(eq(peerPathSteps.pathId, peerPaths.id), eq(peerPathSteps.id, stepId)))
		.where(eq(peerPathEnrolments.id, enrolmentId));
	if (!row) throw new DomainError('NOT_FOUND');
	const { viewer } = await loadPathwayViewer(ctx.db, actor, { organisationId: row.organisationId });
	authorize(canSeeEnrolment(viewer, row), 'enrolment');
	if (!canSignOff(viewer, row)) throw new DomainError('FORBIDDEN', 'error.pathway.cannotSignOff');
	if (!row.stepId) throw new DomainError('NOT_FOUND');
	if (row.status !== 'active') throw new DomainError('CONFLICT', 'error.pathway.enrolmentNotActive');
	const [signed] = await ctx.db
		.insert(peerPathSignOffs)
		.values({ enrolmentId, stepId, signedBy: actor.accountId, signedAt: ctx.clock.now() })
		.onConflictDoNothing()
		.returning({ stepId: peerPathSignOffs.stepId });
	if (!signed) throw new DomainError('CONFLICT', 'error.pathway.alreadySignedOff');
	return { stepId };
}
