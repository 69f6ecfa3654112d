import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { activeRoleIn } from './organisation-queries';
import { canBeInvited, canManageGroup } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField, uuidField } from './schemas';

export const InviteToGroupSchema = z.object({ groupId: groupIdField, accountId: uuidField });
export type InviteToGroupInput = z.input<typeof InviteToGroupSchema>;

const inviteeProblem = () =>
	new DomainError('INVALID', 'error.invalid', [
		{ field: 'accountId', message: 'validation.peerGroups.invitee' }
	]);

/**
 * A facilitator invites a member of the organisation who fits the group's audience. They are not in the
 * group until they accept (with the charter): the invitation waits as 'invited', and they are told.
 * Anyone who may not be invited is refused alike (not a member, not fitting, already there).
 */
export async function inviteToGroup(ctx: Ctx, input: InviteToGroupInput) {
	const actor = requireActor(ctx);
	const { groupId, accountId } = parseInput(InviteToGroupSchema, input);
	const { group, viewer, facts } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
	const now = ctx.clock.now();
	const told = await ctx.db.transaction(async (tx) => {
		const role = await activeRoleIn(tx, group.organisationId, accountId, { lock: true });
		if (!canBeInvited(group.audience, { role, inGroup: false })) throw inviteeProblem();
		const [row] = await tx
			.insert(groupMembers)
			.values({
				groupId,
				accountId,
				role: 'member',
				status: 'invited',
				addedBy: actor.accountId,
				createdAt: now
			})
			.onConflictDoNothing()
			.returning({ accountId: groupMembers.accountId });
		if (!row) throw inviteeProblem();
		return notify(tx, {
			accountId,
			kind: 'group.invited',
			subjectId: groupId,
			organisationId: group.organisationId,
			now
		});
	});
	ctx.events.emit({ type: 'group.member-changed', groupId, accountId });
	if (told) ctx.events.emit(told);
	return { status: 'invited' as const };
}
