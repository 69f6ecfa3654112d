import { z } from 'zod';
import { invitations } from '../../db/schema';
import { generateToken, hashToken } from '../accounts/tokens';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageMembers } from './policy';
import { loadOrganisationForActor } from './queries';
import { roleField, slugField } from './schemas';

export const CreateInvitationSchema = z.object({
	slug: slugField,
	role: roleField.optional().default('member'),
	uses: z.coerce
		.number('validation.invitation.uses')
		.int('validation.invitation.uses')
		.min(1, 'validation.invitation.uses')
		.max(200, 'validation.invitation.uses')
		.optional()
		.default(1),
	days: z.coerce
		.number('validation.invitation.days')
		.int('validation.invitation.days')
		.min(1, 'validation.invitation.days')
		.max(90, 'validation.invitation.days')
		.optional()
		.default(14)
});
export type CreateInvitationInput = z.input<typeof CreateInvitationSchema>;

/** Coordinators create an invitation link with a role, a number of uses and an expiry. */
export async function createInvitation(ctx: Ctx, input: CreateInvitationInput) {
	const actor = requireActor(ctx);
	const { slug, role, uses, days } = parseInput(CreateInvitationSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	permit(canManageMembers(viewer));
	const token = generateToken();
	const expiresAt = new Date(ctx.clock.now().getTime() + days * 24 * 60 * 60 * 1000);
	await ctx.db.insert(invitations).values({
		tokenHash: hashToken(token),
		organisationId: organisation.id,
		role,
		createdBy: actor.accountId,
		usesLeft: uses,
		expiresAt
	});
	return { token, role, uses, expiresAt };
}
