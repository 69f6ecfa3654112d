import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { conversations, groupMembers, peerGroups } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageGroup } from './policy';
import { loadGroupForActor } from './queries';
import { GroupFieldsSchema, groupIdField } from './schemas';

/**
 * Everything but the audience, which decides who is in the room: changing it would leave people in a
 * room that is no longer theirs (a new group is made instead).
 */
export const UpdateGroupSchema = GroupFieldsSchema.omit({ audience: true })
	.partial()
	.extend({ groupId: groupIdField });
export type UpdateGroupInput = z.input<typeof UpdateGroupSchema>;

/**
 * A facilitator or coordinator changes a group. A changed charter gets a new version: every member
 * accepts it at their next visit before they can write or register again (canTakePart); the person who
 * changed it accepts it by changing it.
 */
export async function updateGroup(ctx: Ctx, input: UpdateGroupInput) {
	const actor = requireActor(ctx);
	const { groupId, ...fields } = parseInput(UpdateGroupSchema, input);
	const now = ctx.clock.now();
	const updated = await ctx.db.transaction(async (tx) => {
		const { group, viewer, facts } = await loadGroupForActor(tx, groupId, actor, { forUpdate: true });
		permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
		const charterChanged = fields.charter !== undefined && fields.charter !== group.charter;
		const [row] = await tx
			.update(peerGroups)
			.set({
				...fields,
				charterVersion: charterChanged ? sql`${peerGroups.charterVersion} + 1` : group.charterVersion
			})
			.where(eq(peerGroups.id, group.id))
			.returning();
		if (charterChanged)
			await tx
				.update(groupMembers)
				.set({ charterVersionAccepted: row!.charterVersion, charterAcceptedAt: now })
				.where(
					and(
						eq(groupMembers.groupId, group.id),
						eq(groupMembers.accountId, actor.accountId),
						eq(groupMembers.status, 'active')
					)
				);
		if (fields.title !== undefined && fields.title !== group.title && group.conversationId)
			await tx
				.update(conversations)
				.set({ title: fields.title })
				.where(eq(conversations.id, group.conversationId));
		return { row: row!, charterChanged };
	});
	ctx.events.emit({ type: 'group.changed', groupId, organisationId: updated.row.organisationId });
	if (updated.row.conversationId)
		ctx.events.emit({ type: 'conversation.changed', conversationId: updated.row.conversationId });
	return { groupId, charterVersion: updated.row.charterVersion, charterChanged: updated.charterChanged };
}
