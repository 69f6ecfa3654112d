import { z } from 'zod';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { endMembership } from './end-membership';
import { keepOneCoordinator } from './manage-membership';
import { canLeaveOrganisation } from './policy';
import { loadOrganisationForActor } from './queries';
import { slugField } from './schemas';

export const LeaveOrganisationSchema = z.object({ slug: slugField });

/**
 * Leaves an organisation (or withdraws a pending request). The last coordinator hands over first. Leaving
 * ends the membership the one way (`endMembership`): out of its groups, accompaniments there ended.
 */
export async function leaveOrganisation(
	ctx: Ctx,
	input: z.input<typeof LeaveOrganisationSchema>
): Promise<void> {
	const actor = requireActor(ctx);
	const { slug } = parseInput(LeaveOrganisationSchema, input);
	const { organisation, membership, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	if (!canLeaveOrganisation(viewer) || !membership) throw new DomainError('NOT_FOUND');
	const ended = await ctx.db.transaction(async (tx) => {
		if (membership.role === 'coordinator' && membership.status === 'active')
			await keepOneCoordinator(tx, organisation.id);
		return endMembership(tx, {
			organisationId: organisation.id,
			accountId: actor.accountId,
			endedBy: actor.accountId,
			now: ctx.clock.now()
		});
	});
	for (const event of ended?.events ?? []) ctx.events.emit(event);
}
