import { z } from 'zod';
import { parseInput, type Ctx } from '../shared';
import { charterPending } from './accept-organisation-charter';
import { canDo, ORGANISATION_ACTIONS, type OrganisationAction } from './policy';
import { loadOrganisationForActor } from './queries';
import { slugField } from './schemas';

/** An organisation's home: its public description, the actor's membership and what they may do there. */
export async function getOrganisation(ctx: Ctx, input: { slug: string }) {
	const { slug } = parseInput(z.object({ slug: slugField }), input);
	const { organisation, membership, viewer } = await loadOrganisationForActor(ctx.db, slug, ctx.actor);
	const permissions = Object.fromEntries(
		ORGANISATION_ACTIONS.map((action) => [action, canDo(viewer, action)])
	) as Record<OrganisationAction, boolean>;
	// An active member whose accepted charter is older accepts the new one before writing again.
	return { organisation, membership, permissions, charterPending: charterPending(membership, organisation) };
}
