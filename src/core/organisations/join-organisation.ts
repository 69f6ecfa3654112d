import { z } from 'zod';
import { memberships } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canJoinOrganisation } from './policy';
import { loadOrganisationForActor } from './queries';
import { acceptedField, joinMessageField, slugField } from './schemas';

export const JoinOrganisationSchema = z.object({
	slug: slugField,
	acceptCharter: acceptedField,
	/** The charter version the person read, so a charter changed meanwhile is not accepted blindly. */
	charterVersion: z.coerce.number().int().positive().optional(),
	/** Optional, for organisations that approve their members: a few words to the coordinators. */
	message: joinMessageField
});
export type JoinOrganisationInput = z.input<typeof JoinOrganisationSchema>;

/**
 * Joins an open organisation, or asks to join one that approves its members (with an optional short
 * message the coordinators read beside the request); the charter is accepted.
 */
export async function joinOrganisation(ctx: Ctx, input: JoinOrganisationInput) {
	const actor = requireActor(ctx);
	const { slug, charterVersion, message } = parseInput(JoinOrganisationSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	if (!canJoinOrganisation(viewer)) throw new DomainError('CONFLICT', 'error.alreadyMember');
	permit(organisation.joinPolicy !== 'invitation', 'error.invitationOnly');
	if (charterVersion !== undefined && charterVersion !== organisation.charterVersion) {
		throw new DomainError('CONFLICT', 'error.charterChanged');
	}
	const now = ctx.clock.now();
	const status = organisation.joinPolicy === 'open' ? 'active' : 'pending';
	const [membership] = await ctx.db
		.insert(memberships)
		.values({
			organisationId: organisation.id,
			accountId: actor.accountId,
			role: 'member',
			status,
			charterVersionAccepted: organisation.charterVersion,
			charterAcceptedAt: now,
			requestedAt: now,
			approvedAt: status === 'active' ? now : null,
			// Only a request waits for someone to read it; an open organisation has nobody to read it.
			requestMessage: status === 'pending' ? message : null
		})
		.onConflictDoNothing()
		.returning();
	if (!membership) throw new DomainError('CONFLICT', 'error.alreadyMember');
	ctx.events.emit(
		status === 'active'
			? {
					type: 'membership.changed',
					organisationId: organisation.id,
					membershipId: membership.id,
					accountId: actor.accountId
				}
			: { type: 'membership.requested', organisationId: organisation.id, membershipId: membership.id }
	);
	return { membershipId: membership.id, status };
}
