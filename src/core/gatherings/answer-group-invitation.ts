import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { endGroupMembership } from './end-group-membership';
import { enterGroupConversation } from './group-conversation';
import { activeRoleIn } from './organisation-queries';
import { canAcceptInvitation } from './policy';
import { loadGroupForActor } from './queries';
import { charterVersionField, checkboxField, groupIdField } from './schemas';

export const AnswerGroupInvitationSchema = z.object({
	groupId: groupIdField,
	answer: z.enum(['accept', 'decline'], 'validation.invalid'),
	acceptCharter: checkboxField,
	charterVersion: charterVersionField
});
export type AnswerGroupInvitationInput = z.input<typeof AnswerGroupInvitationSchema>;

/**
 * The invited person answers: accepting (with the charter) puts them in the group and its conversation;
 * declining ends the invitation (the facilitator may invite again later).
 */
export async function answerGroupInvitation(ctx: Ctx, input: AnswerGroupInvitationInput) {
	const actor = requireActor(ctx);
	const command = parseInput(AnswerGroupInvitationSchema, input);
	if (command.answer === 'accept' && !command.acceptCharter)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'acceptCharter', message: 'validation.charter' }
		]);
	const { group, viewer, facts } = await loadGroupForActor(ctx.db, command.groupId, actor);
	if (viewer?.groupMember?.status !== 'invited')
		throw new DomainError('CONFLICT', 'error.peerGroups.noInvitation');
	if (command.charterVersion !== undefined && command.charterVersion !== group.charterVersion)
		throw new DomainError('CONFLICT', 'error.charterChanged');
	const now = ctx.clock.now();
	const events: DomainEvent[] = [];
	if (command.answer === 'decline') {
		events.push(
			...((await ctx.db.transaction((tx) =>
				endGroupMembership(tx, {
					groupId: group.id,
					accountId: actor.accountId,
					now,
					evenLastFacilitator: true
				})
			)) ?? [])
		);
	} else {
		permit(canAcceptInvitation(viewer, facts), 'error.peerGroups.cannotJoin');
		await ctx.db.transaction(async (tx) => {
			const role = await activeRoleIn(tx, group.organisationId, actor.accountId, { lock: true });
			permit(role !== null, 'error.peerGroups.cannotJoin');
			const [row] = await tx
				.update(groupMembers)
				.set({
					status: 'active',
					charterVersionAccepted: group.charterVersion,
					charterAcceptedAt: now,
					joinedAt: now
				})
				.where(
					and(
						eq(groupMembers.groupId, group.id),
						eq(groupMembers.accountId, actor.accountId),
						eq(groupMembers.status, 'invited')
					)
				)
				.returning({ accountId: groupMembers.accountId });
			if (!row) throw new DomainError('CONFLICT', 'error.peerGroups.noInvitation');
			if (await enterGroupConversation(tx, group.conversationId, actor.accountId, now))
				events.push({ type: 'conversation.changed', conversationId: group.conversationId! });
		});
		events.push({ type: 'group.member-changed', groupId: group.id, accountId: actor.accountId });
	}
	for (const event of events) ctx.events.emit(event);
	return { status: command.answer === 'accept' ? ('active' as const) : ('declined' as const) };
}
