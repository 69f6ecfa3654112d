import { z } from 'zod';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canAddToGroup, canOpenGroup } from './group-policy';
import { eligibleMembers, organisationForGroups, organisationsWhereActorOpensGroups } from './group-queries';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';

/** The organisations where the actor may open a group conversation (the list page offers them). */
export async function groupOrganisations(ctx: Ctx) {
	const actor = requireActor(ctx);
	return organisationsWhereActorOpensGroups(ctx.db, actor.accountId);
}

/** The organisation and the members the actor may choose from when opening a group there. */
export async function groupCandidates(ctx: Ctx, input: { slug: unknown }) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(z.object({ slug: z.string('validation.invalid').min(1).max(100) }), input);
	const { organisation, membership } = await organisationForGroups(ctx.db, { slug }, actor.accountId);
	permit(canOpenGroup(membership), 'error.group.cannotOpen');
	const members = await eligibleMembers(ctx.db, {
		organisationId: organisation.id,
		actorId: actor.accountId,
		includeHidden: false
	});
	return { organisation: { slug: organisation.slug, name: organisation.name }, members };
}

/**
 * Who the actor may still add to a group they take part in (empty when everyone eligible is in already);
 * null when they may not add people (see `canAddToGroup`) and for other kinds of conversation.
 */
export async function addableMembers(ctx: Ctx, input: { conversationId: unknown }) {
	const actor = requireActor(ctx);
	const command = parseInput(z.object({ conversationId }), input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	if (conversation.kind !== 'group' || !conversation.organisationId) return null;
	const { membership } = await organisationForGroups(
		ctx.db,
		{ id: conversation.organisationId },
		actor.accountId
	);
	if (!canAddToGroup({ isParticipant: true, membership })) return null;
	return eligibleMembers(ctx.db, {
		organisationId: conversation.organisationId,
		actorId: actor.accountId,
		includeHidden: false,
		notIn: conversation.id
	});
}
