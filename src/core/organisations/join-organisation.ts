import { z } from 'zod';
import { memberships } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canJoinOrganisation } from './policy';
import { loadOrganisationForActor } from './queries';
import { acceptedField, slugField } from './schemas';

export const JoinOrganisationSchema = z.object({
	slug: slugField,
	acceptCharter: acceptedField,
	/** The charter version the person read, so a charter changed meanwhile is not accepted blindly. */
	charterVersion: z.coerce.number().int().positive().optional()
});
export type JoinOrganisationInput = z.input<typeof JoinOrganisationSchema>;

/** Joins an open organisation, or asks to join one that approves its members; the charter is accepted. */
export async function joinOrganisation(ctx: Ctx, input: JoinOrganisationInput) {
	const actor = requireActor(ctx);
	const { slug, charterVersion } = parseInput(JoinOrganisationSchema, input);
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
			approvedAt: status === 'active' ? now : null
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
