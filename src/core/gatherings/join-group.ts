import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { enterGroupConversation } from './group-conversation';
import { activeRoleIn } from './organisation-queries';
import { canJoinGroup, fitsAudience } from './policy';
import { loadGroupForActor } from './queries';
import { acceptedField, charterVersionField, groupIdField, joinMessageField } from './schemas';

export const JoinGroupSchema = z.object({
	groupId: groupIdField,
	acceptCharter: acceptedField,
	charterVersion: charterVersionField,
	/** On request: a few words to the facilitators. */
	message: joinMessageField
});
export type JoinGroupInput = z.input<typeof JoinGroupSchema>;

/**
 * Joins an open group (in at once, charter accepted, in its conversation), or asks to join one on request
 * (pending, with an optional message; its facilitators are told). By invitation, one accepts an
 * invitation instead.
 */
export async function joinGroup(ctx: Ctx, input: JoinGroupInput) {
	const actor = requireActor(ctx);
	const { groupId, charterVersion, message } = parseInput(JoinGroupSchema, input);
	const { group, viewer, facts } = await loadGroupForActor(ctx.db, groupId, actor);
	if (viewer?.groupMember) throw new DomainError('CONFLICT', 'error.peerGroups.alreadyIn');
	permit(group.joinPolicy !== 'invitation', 'error.peerGroups.invitationOnly');
	permit(canJoinGroup(viewer, facts), 'error.peerGroups.cannotJoin');
	if (charterVersion !== undefined && charterVersion !== group.charterVersion)
		throw new DomainError('CONFLICT', 'error.charterChanged');
	const now = ctx.clock.now();
	const open = group.joinPolicy === 'open';
	const events: DomainEvent[] = [];
	const joined = await ctx.db.transaction(async (tx) => {
		// Under the lock a removal takes: a person removed from the organisation now is refused here.
		const role = await activeRoleIn(tx, group.organisationId, actor.accountId, { lock: true });
		permit(fitsAudience(group.audience, role), 'error.peerGroups.cannotJoin');
		const [row] = await tx
			.insert(groupMembers)
			.values({
				groupId,
				accountId: actor.accountId,
				role: 'member',
				status: open ? 'active' : 'pending',
				charterVersionAccepted: group.charterVersion,
				charterAcceptedAt: now,
				requestMessage: open ? null : message,
				createdAt: now,
				joinedAt: open ? now : null
			})
			.onConflictDoNothing()
			.returning({ status: groupMembers.status });
		if (!row) return false;
		if (open) await enterGroupConversation(tx, group.conversationId, actor.accountId, now);
		else events.push(...(await notifyFacilitators(tx, group.id, group.organisationId, now)));
		return true;
	});
	if (!joined) throw new DomainError('CONFLICT', 'error.peerGroups.alreadyIn');
	ctx.events.emit({ type: 'group.member-changed', groupId, accountId: actor.accountId });
	if (open && group.conversationId)
		ctx.events.emit({ type: 'conversation.changed', conversationId: group.conversationId });
	for (const event of events) ctx.events.emit(event);
	return { status: open ? ('active' as const) : ('pending' as const) };
}

/** Someone asks to join: every active facilitator is told, once per group (the centre lists requests). */
async function notifyFacilitators(
	tx: Parameters<typeof notifyAll>[0],
	groupId: string,
	organisationId: string,
	now: Date
): Promise<DomainEvent[]> {
	const facilitators = await tx
		.select({ accountId: groupMembers.accountId })
		.from(groupMembers)
		.where(
			and(
				eq(groupMembers.groupId, groupId),
				eq(groupMembers.role, 'facilitator'),
				inArray(groupMembers.status, ['active'])
			)
		);
	return notifyAll(
		tx,
		facilitators.map((row) => ({
			accountId: row.accountId,
			kind: 'group.requested' as const,
			subjectId: groupId,
			organisationId,
			now
		}))
	);
}
