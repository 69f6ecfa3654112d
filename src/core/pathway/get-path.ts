import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, peerGroups, peerPathEnrolments, peerPaths, peerPathSteps } from '../../db/schema';
import { DomainError, authorize, parseInput, requireActor, type Ctx } from '../shared';
import { activeMembersOf } from './list-paths';
import { canSeePaths, canSignOff, isCoordinator, progressOf } from './policy';
import { completedSteps, loadPathwayViewer } from './queries';

const GetPathSchema = z.object({ pathId: z.uuid('validation.invalid') });
const referent = alias(accounts, 'referent');

/**
 * A path, its steps, and the enrolments the actor may see with where each stands: their own, and those
 * they sign off (all of them for a coordinator, those naming them as referent otherwise).
 */
export async function getPath(ctx: Ctx, input: z.input<typeof GetPathSchema>) {
	const actor = requireActor(ctx);
	const { pathId } = parseInput(GetPathSchema, input);
	const [path] = await ctx.db.select().from(peerPaths).where(eq(peerPaths.id, pathId));
	if (!path) throw new DomainError('NOT_FOUND');
	const { organisation, viewer } = await loadPathwayViewer(ctx.db, actor, {
		organisationId: path.organisationId
	});
	authorize(canSeePaths(viewer), 'path');
	const coordinator = isCoordinator(viewer);
	const steps = await ctx.db
		.select({
			id: peerPathSteps.id,
			position: peerPathSteps.position,
			title: peerPathSteps.title,
			completion: peerPathSteps.completion,
			groupId: peerPathSteps.groupId,
			groupTitle: peerGroups.title
		})
		.from(peerPathSteps)
		.leftJoin(peerGroups, eq(peerGroups.id, peerPathSteps.groupId))
		.where(eq(peerPathSteps.pathId, path.id))
		.orderBy(asc(peerPathSteps.position));
	const rows = await ctx.db
		.select({
			id: peerPathEnrolments.id,
			accountId: peerPathEnrolments.accountId,
			pseudonym: accounts.pseudonym,
			referentId: peerPathEnrolments.referentId,
			referent: referent.pseudonym,
			status: peerPathEnrolments.status,
			createdAt: peerPathEnrolments.createdAt
		})
		.from(peerPathEnrolments)
		.innerJoin(accounts, eq(accounts.id, peerPathEnrolments.accountId))
		.leftJoin(referent, eq(referent.id, peerPathEnrolments.referentId))
		.where(
			and(
				eq(peerPathEnrolments.pathId, path.id),
				// Scoped in SQL: a member sees only their own enrolment, a referent those naming them.
				coordinator
					? undefined
					: or(
							eq(peerPathEnrolments.accountId, actor.accountId),
							eq(peerPathEnrolments.referentId, actor.accountId)
						)
			)
		)
		.orderBy(asc(accounts.pseudonym));
	const done = await completedSteps(ctx.db, organisation.id, rows, steps);
	const enrolments = rows.map((row) => ({
		...row,
		...progressOf(steps, done.get(row.id)!),
		canSignOff: row.status === 'active' && canSignOff(viewer, row)
	}));
	return {
		organisation,
		path: { id: path.id, title: path.title, description: path.description },
		steps,
		mine: enrolments.find((e) => e.accountId === actor.accountId) ?? null,
		others: enrolments.filter((e) => e.accountId !== actor.accountId),
		members: coordinator ? await activeMembersOf(ctx.db, organisation.id) : [],
		can: { enrolOthers: coordinator }
	};
}
