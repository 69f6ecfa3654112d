import { z } from 'zod';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { endGroupMembership } from './end-group-membership';
import { loadGroupForActor } from './queries';
import { groupIdField } from './schemas';

export const LeaveGroupSchema = z.object({ groupId: groupIdField });

/**
 * A person leaves a group (or withdraws a request, or declines an invitation): endGroupMembership. The
 * only facilitator is asked to name another first.
 */
export async function leaveGroup(ctx: Ctx, input: z.input<typeof LeaveGroupSchema>) {
	const actor = requireActor(ctx);
	const { groupId } = parseInput(LeaveGroupSchema, input);
	const { member } = await loadGroupForActor(ctx.db, groupId, actor);
	if (!member) throw new DomainError('CONFLICT', 'error.peerGroups.notMember');
	const now = ctx.clock.now();
	const events = await ctx.db.transaction((tx) =>
		endGroupMembership(tx, { groupId, accountId: actor.accountId, now })
	);
	for (const event of events ?? []) ctx.events.emit(event);
	return { left: events !== null };
}
