import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { endGroupMembership } from './end-group-membership';
import { enterGroupConversation } from './group-conversation';
import { activeRoleIn } from './organisation-queries';
import { canManageGroup, fitsAudience } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField, uuidField } from './schemas';

export const DecideGroupRequestSchema = z.object({
	groupId: groupIdField,
	accountId: uuidField,
	decision: z.enum(['approve', 'refuse'], 'validation.invalid')
});
export type DecideGroupRequestInput = z.input<typeof DecideGroupRequestSchema>;

/**
 * A facilitator approves a request to join (the person is in, with the charter they accepted when asking,
 * and in the conversation) or refuses it (the request goes). The person is told once: two facilitators
 * deciding at the same time change one row, and only that one tells. A requester who no longer fits the
 * audience (their role changed, they left the organisation) cannot be approved.
 */
export async function decideGroupRequest(ctx: Ctx, input: DecideGroupRequestInput) {
	const actor = requireActor(ctx);
	const { groupId, accountId, decision } = parseInput(DecideGroupRequestSchema, input);
	const { group, viewer, facts } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
	const now = ctx.clock.now();
	const events: DomainEvent[] = await ctx.db.transaction(async (tx) => {
		if (decision === 'refuse') {
			const ended = await endGroupMembership(tx, {
				groupId,
				accountId,
				now,
				status: 'pending',
				evenLastFacilitator: true
			});
			if (!ended) return [];
			const told = await notify(tx, {
				accountId,
				kind: 'group.refused',
				subjectId: groupId,
				organisationId: group.organisationId,
				now
			});
			return told ? [...ended, told] : ended;
		}
		const role = await activeRoleIn(tx, group.organisationId, accountId, { lock: true });
		permit(fitsAudience(group.audience, role), 'error.peerGroups.cannotApprove');
		const [row] = await tx
			.update(groupMembers)
			.set({ status: 'active', joinedAt: now, addedBy: actor.accountId })
			.where(
				and(
					eq(groupMembers.groupId, groupId),
					eq(groupMembers.accountId, accountId),
					eq(groupMembers.status, 'pending')
				)
			)
			.returning({ accountId: groupMembers.accountId });
		if (!row) return [];
		const changed: DomainEvent[] = [{ type: 'group.member-changed', groupId, accountId }];
		if (await enterGroupConversation(tx, group.conversationId, accountId, now))
			changed.push({ type: 'conversation.changed', conversationId: group.conversationId! });
		const told = await notify(tx, {
			accountId,
			kind: 'group.approved',
			subjectId: groupId,
			organisationId: group.organisationId,
			now
		});
		return told ? [...changed, told] : changed;
	});
	for (const event of events) ctx.events.emit(event);
	return { decided: events.length > 0 };
}
