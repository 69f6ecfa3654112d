import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canListMembers, canManageMembers } from './policy';
import { countCoordinators, loadMembership, loadOrganisationForActor } from './queries';
import { roleField, slugField, uuidField } from './schemas';

export const ManageMembershipSchema = z.discriminatedUnion(
	'decision',
	[
		z.object({ slug: slugField, membershipId: uuidField, decision: z.literal('approve') }),
		z.object({ slug: slugField, membershipId: uuidField, decision: z.literal('decline') }),
		z.object({ slug: slugField, membershipId: uuidField, decision: z.literal('remove') }),
		z.object({
			slug: slugField,
			membershipId: uuidField,
			decision: z.literal('change-role'),
			role: roleField
		})
	],
	'validation.invalid'
);
export type ManageMembershipInput = z.input<typeof ManageMembershipSchema>;

/** Coordinators approve or decline requests, change roles and remove members; a last coordinator stays. */
export async function manageMembership(ctx: Ctx, input: ManageMembershipInput): Promise<void> {
	const actor = requireActor(ctx);
	const command = parseInput(ManageMembershipSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, command.slug, actor);
	// Those who cannot even see the member list learn nothing about memberships: not found.
	if (!canListMembers(viewer)) throw new DomainError('NOT_FOUND');
	permit(canManageMembers(viewer));
	const target = await loadMembership(ctx.db, organisation.id, command.membershipId);
	const losesCoordinator =
		target.role === 'coordinator' &&
		target.status === 'active' &&
		(command.decision === 'remove' || (command.decision === 'change-role' && command.role !== 'coordinator'));
	if (losesCoordinator && (await countCoordinators(ctx.db, organisation.id)) <= 1) {
		throw new DomainError('CONFLICT', 'error.lastCoordinator');
	}
	switch (command.decision) {
		case 'approve':
			if (target.status !== 'pending') throw new DomainError('CONFLICT', 'error.notPending');
			await ctx.db
				.update(memberships)
				.set({ status: 'active', approvedAt: ctx.clock.now() })
				.where(eq(memberships.id, target.id));
			break;
		case 'change-role':
			await ctx.db.update(memberships).set({ role: command.role }).where(eq(memberships.id, target.id));
			break;
		case 'decline':
			if (target.status !== 'pending') throw new DomainError('CONFLICT', 'error.notPending');
			await ctx.db.delete(memberships).where(eq(memberships.id, target.id));
			break;
		case 'remove':
			await ctx.db.delete(memberships).where(eq(memberships.id, target.id));
			break;
	}
	ctx.events.emit(
		command.decision === 'approve' || command.decision === 'change-role'
			? {
					type: 'membership.changed',
					organisationId: organisation.id,
					membershipId: target.id,
					accountId: target.accountId
				}
			: { type: 'membership.removed', organisationId: organisation.id, accountId: target.accountId }
	);
}
