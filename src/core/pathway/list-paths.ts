import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships, accounts, peerGroups, peerPathEnrolments, peerPaths } from '../../db/schema';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { canSeePaths, canEnrolSelf, isCoordinator } from './policy';
import { loadPathwayViewer } from './queries';

const ListPathsSchema = z.object({ slug: z.string('validation.invalid').min(1, 'validation.invalid') });

/**
 * An organisation's paths, with the actor's own enrolment on each; for coordinators also what the path
 * form offers (the organisation's groups) and the active members they may enrol.
 */
export async function listPaths(ctx: Ctx, input: z.input<typeof ListPathsSchema>) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(ListPathsSchema, input);
	const { organisation, viewer } = await loadPathwayViewer(ctx.db, actor, { slug });
	authorize(canSeePaths(viewer), 'organisation');
	const paths = await ctx.db
		.select({
			id: peerPaths.id,
			title: peerPaths.title,
			description: peerPaths.description,
			enrolmentId: peerPathEnrolments.id,
			enrolmentStatus: peerPathEnrolments.status
		})
		.from(peerPaths)
		.leftJoin(
			peerPathEnrolments,
			and(eq(peerPathEnrolments.pathId, peerPaths.id), eq(peerPathEnrolments.accountId, actor.accountId))
		)
		.where(eq(peerPaths.organisationId, organisation.id))
		.orderBy(asc(peerPaths.createdAt));
	const coordinator = isCoordinator(viewer);
	const groups = coordinator
		? await ctx.db
				.select({ id: peerGroups.id, title: peerGroups.title })
				.from(peerGroups)
				.where(eq(peerGroups.organisationId, organisation.id))
				.orderBy(asc(peerGroups.title))
		: [];
	return {
		organisation,
		paths,
		groups,
		can: { manage: coordinator, enrol: canEnrolSelf(viewer) }
	};
}

/** Active members of an organisation, by pseudonym: whom a coordinator may enrol or name referent. */
export async function activeMembersOf(db: Ctx['db'], organisationId: string) {
	return db
		.select({ accountId: accounts.id, pseudonym: accounts.pseudonym, role: memberships.role })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, 'active')))
		.orderBy(asc(accounts.pseudonym));
}
