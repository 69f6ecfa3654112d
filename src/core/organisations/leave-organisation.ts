import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canLeaveOrganisation } from './policy';
import { countCoordinators, loadOrganisationForActor } from './queries';
import { slugField } from './schemas';

export const LeaveOrganisationSchema = z.object({ slug: slugField });

/** Leaves an organisation (or withdraws a pending request). The last coordinator hands over first. */
export async function leaveOrganisation(
	ctx: Ctx,
	input: z.input<typeof LeaveOrganisationSchema>
): Promise<void> {
	const actor = requireActor(ctx);
	const { slug } = parseInput(LeaveOrganisationSchema, input);
	const { organisation, membership, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	if (!canLeaveOrganisation(viewer) || !membership) throw new DomainError('NOT_FOUND');
	if (
		membership.role === 'coordinator' &&
		membership.status === 'active' &&
		(await countCoordinators(ctx.db, organisation.id)) <= 1
	) {
		throw new DomainError('CONFLICT', 'error.lastCoordinator');
	}
	await ctx.db.delete(memberships).where(eq(memberships.id, membership.id));
	ctx.events.emit({
		type: 'membership.removed',
		organisationId: organisation.id,
		accountId: actor.accountId
	});
}
