import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { activeRoleIn } from './organisation-queries';
import { canManageGroup, mayFacilitate } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField, uuidField } from './schemas';

export const SetGroupRoleSchema = z.object({
	groupId: groupIdField,
	accountId: uuidField,
	role: z.enum(['facilitator', 'member'], 'validation.invalid')
});
export type SetGroupRoleInput = z.input<typeof SetGroupRoleSchema>;

/**
 * A facilitator or coordinator makes an active member a facilitator, or a facilitator a member again. In a
 * 'members' group a peer and a professional may co-facilitate; in a peers, relatives or supporters group
 * facilitators fit its audience. The group row is locked, so that role changes and departures at the same
 * time never leave it without a facilitator.
 */
export async function setGroupRole(ctx: Ctx, input: SetGroupRoleInput) {
	const actor = requireActor(ctx);
	const { groupId, accountId, role } = parseInput(SetGroupRoleSchema, input);
	const changed = await ctx.db.transaction(async (tx) => {
		const { group, viewer, facts } = await loadGroupForActor(tx, groupId, actor, { forUpdate: true });
		permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
		const places = await tx
			.select({ accountId: groupMembers.accountId, role: groupMembers.role, status: groupMembers.status })
			.from(groupMembers)
			.where(eq(groupMembers.groupId, groupId));
		const target = places.find((place) => place.accountId === accountId);
		if (!target || target.status !== 'active' || target.role === 'companion')
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'accountId', message: 'validation.peerGroups.roleTarget' }
			]);
		if (target.role === role) return false;
		if (role === 'facilitator') {
			const organisationRole = await activeRoleIn(tx, group.organisationId, accountId);
			if (!mayFacilitate(group.audience, organisationRole))
				throw new DomainError('INVALID', 'error.invalid', [
					{ field: 'accountId', message: 'validation.peerGroups.facilitator' }
				]);
		} else if (places.filter((place) => place.role === 'facilitator').length <= 1) {
			throw new DomainError('CONFLICT', 'error.peerGroups.lastFacilitator');
		}
		await tx
			.update(groupMembers)
			.set({ role, addedBy: actor.accountId })
			.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.accountId, accountId)));
		return true;
	});
	if (changed) {
		ctx.events.emit({ type: 'group.member-changed', groupId, accountId });
	}
	return { role, changed };
}
