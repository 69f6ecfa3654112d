import { z } from 'zod';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { endGroupMembership } from './end-group-membership';
import { canManageGroup } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField, uuidField } from './schemas';

export const RemoveFromGroupSchema = z.object({ groupId: groupIdField, accountId: uuidField });

/**
 * A facilitator or coordinator takes a person out of the group (or withdraws an invitation):
 * endGroupMembership, so they leave its conversation and its sessions at once.
 */
export async function removeFromGroup(ctx: Ctx, input: z.input<typeof RemoveFromGroupSchema>) {
	const actor = requireActor(ctx);
	const { groupId, accountId } = parseInput(RemoveFromGroupSchema, input);
	const { viewer, facts } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
	const now = ctx.clock.now();
	const events = await ctx.db.transaction((tx) => endGroupMembership(tx, { groupId, accountId, now }));
	if (events === null) throw new DomainError('CONFLICT', 'error.peerGroups.notMember');
	for (const event of events) ctx.events.emit(event);
	return { removed: true as const };
}
