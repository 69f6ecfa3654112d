import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { peerPathEnrolments, peerPaths } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canEnrolSelf, canSeePaths, isCoordinator } from './policy';
import { isActiveMember } from '../organisations/queries';
import { loadPathwayViewer } from './queries';
import { EnrolmentIdSchema, EnrolSchema } from './schemas';

const invalidPerson = (field: string) =>
	new DomainError('INVALID', 'error.invalid', [{ field, message: 'validation.pathway.notMember' }]);

/**
 * A member enrols on a path (active at once), or a coordinator enrols someone, who then accepts
 * ('proposed' until then): nobody is put on a path without saying yes. Once per person and path, unless
 * they left it: then they may be enrolled again.
 */
export async function enrolInPath(ctx: Ctx, input: z.input<typeof EnrolSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(EnrolSchema, input);
	const [path] = await ctx.db.select().from(peerPaths).where(eq(peerPaths.id, command.pathId));
	if (!path) throw new DomainError('NOT_FOUND');
	const { viewer } = await loadPathwayViewer(ctx.db, actor, { organisationId: path.organisationId });
	authorize(canSeePaths(viewer), 'path');
	const accountId = command.accountId ?? actor.accountId;
	const forSelf = accountId === actor.accountId;
	if (forSelf) permit(canEnrolSelf(viewer), 'error.pathway.notMember');
	else {
		permit(isCoordinator(viewer), 'error.pathway.notCoordinator');
		if (!(await isActiveMember(ctx.db, path.organisationId, accountId))) throw invalidPerson('accountId');
	}
	if (command.referentId && !(await isActiveMember(ctx.db, path.organisationId, command.referentId)))
		throw invalidPerson('referentId');
	const now = ctx.clock.now();
	const { row, told } = await ctx.db.transaction(async (tx) => {
		const enrolment = {
			// Only a coordinator names a referent; a member enrolling themselves is followed by the coordinators.
			referentId: forSelf && !isCoordinator(viewer) ? null : command.referentId,
			status: forSelf ? 'active' : 'proposed',
			enrolledBy: actor.accountId,
			acceptedAt: forSelf ? now : null
		};
		// Someone who left the path may enrol again: the same enrolment comes back (its sign-offs with it),
		// in the one statement, so two enrolments at once still make one.
		const [row] = await tx
			.insert(peerPathEnrolments)
			.values({ pathId: path.id, accountId, createdAt: now, ...enrolment })
			.onConflictDoUpdate({
				target: [peerPathEnrolments.pathId, peerPathEnrolments.accountId],
				set: enrolment,
				setWhere: eq(peerPathEnrolments.status, 'left')
			})
			.returning({ id: peerPathEnrolments.id, status: peerPathEnrolments.status });
		if (!row) throw new DomainError('CONFLICT', 'error.pathway.alreadyEnrolled');
		// Proposed by a coordinator: the person is told, and accepts or declines on their path page.
		const told = forSelf
			? null
			: await notify(tx, {
					accountId,
					kind: 'path.enrolment_proposed',
					subjectId: row.id,
					organisationId: path.organisationId,
					now
				});
		return { row, told };
	});
	if (told) ctx.events.emit(told);
	return { enrolmentId: row.id, status: row.status as 'active' | 'proposed' };
}

/** The person accepts the enrolment a coordinator proposed. */
export async function acceptEnrolment(ctx: Ctx, input: z.input<typeof EnrolmentIdSchema>) {
	const actor = requireActor(ctx);
	const { enrolmentId } = parseInput(EnrolmentIdSchema, input);
	const [updated] = await ctx.db
		.update(peerPathEnrolments)
		.set({ status: 'active', acceptedAt: ctx.clock.now() })
		.where(
			and(
				eq(peerPathEnrolments.id, enrolmentId),
				eq(peerPathEnrolments.accountId, actor.accountId),
				eq(peerPathEnrolments.status, 'proposed')
			)
		)
		.returning({ id: peerPathEnrolments.id });
	if (updated) return { status: 'active' as const };
	const [mine] = await ctx.db
		.select({ status: peerPathEnrolments.status })
		.from(peerPathEnrolments)
		.where(and(eq(peerPathEnrolments.id, enrolmentId), eq(peerPathEnrolments.accountId, actor.accountId)));
	if (!mine) throw new DomainError('NOT_FOUND');
	throw new DomainError('CONFLICT', 'error.pathway.enrolmentDecided');
}

/** The person leaves a path (or declines a proposed enrolment); what was signed off stays recorded. */
export async function leavePath(ctx: Ctx, input: z.input<typeof EnrolmentIdSchema>) {
	const actor = requireActor(ctx);
	const { enrolmentId } = parseInput(EnrolmentIdSchema, input);
	const [updated] = await ctx.db
		.update(peerPathEnrolments)
		.set({ status: 'left' })
		.where(and(eq(peerPathEnrolments.id, enrolmentId), eq(peerPathEnrolments.accountId, actor.accountId)))
		.returning({ id: peerPathEnrolments.id });
	if (!updated) throw new DomainError('NOT_FOUND');
	return { status: 'left' as const };
}
