import { count, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { conversationParticipants, conversations, messages } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canAddToGroup } from './group-policy';
import { eligibleMembers, organisationForGroups } from './group-queries';
import { participantIds } from './group-schemas';
import { requireParticipation } from './queries';
import { conversationId } from './schemas';
import { refuseIneligible, refuseOversized } from './start-group-conversation';

export const AddGroupParticipantsSchema = z.object({ conversationId, participantIds });

/**
 * A participant who may open groups in the group's organisation brings more of its members in (still 50
 * at most), so a group outlives the person who opened it. People already in are left as they are.
 * Newcomers read what is written from now on, not what was said before them.
 */
export async function addGroupParticipants(ctx: Ctx, input: z.input<typeof AddGroupParticipantsSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(AddGroupParticipantsSchema, input);
	const conversation = await requireParticipation(ctx.db, command.conversationId, actor.accountId);
	const membership =
		conversation.kind === 'group' && conversation.organisationId
			? (await organisationForGroups(ctx.db, { id: conversation.organisationId }, actor.accountId)).membership
			: null;
	// A group's own conversation (peer_group) follows the group's members: one joins the group instead.
	permit(conversation.kind !== 'peer_group', 'error.peerGroups.addThroughGroup');
	// requireParticipation already answered NOT_FOUND to anyone outside the group.
	permit(canAddToGroup({ isParticipant: true, membership }), 'error.group.cannotAdd');
	const now = ctx.clock.now();
	const added = await ctx.db.transaction(async (tx) => {
		// Locked so that two additions at once cannot both pass the size check, and so that no message of
		// this conversation draws its `seq` meanwhile (send-message locks the same row): every message is
		// either at most `latest` (before the newcomers) or drawn after this commit, above it.
		await tx
			.select({ id: conversations.id })
			.from(conversations)
			.where(eq(conversations.id, conversation.id))
			.for('update');
		const present = await tx
			.select({ accountId: conversationParticipants.accountId })
			.from(conversationParticipants)
			.where(eq(conversationParticipants.conversationId, conversation.id));
		const presentIds = new Set(present.map((row) => row.accountId));
		// The actor may have left (and the group gone with its last participant) since the check above.
		if (!presentIds.has(actor.accountId)) throw new DomainError('NOT_FOUND');
		const newcomers = command.participantIds.filter((id) => !presentIds.has(id));
		if (newcomers.length === 0) return [];
		refuseOversized(present.length, newcomers.length);
		const eligible = await eligibleMembers(tx, {
			organisationId: conversation.organisationId!,
			actorId: actor.accountId,
			// Nobody is added without accepting: a member who hid themselves from the member list is not
			// brought into a group by anyone, coordinators included (they may still invite them elsewhere).
			includeHidden: false,
			among: newcomers
		});
		refuseIneligible(newcomers, eligible);
		const [latest] = await tx
			.select({ seq: max(messages.seq) })
			.from(messages)
			.where(eq(messages.conversationId, conversation.id));
		await tx
			.insert(conversationParticipants)
			.values(
				newcomers.map((accountId) => ({
					conversationId: conversation.id,
					accountId,
					joinedAt: now,
					lastReadSeq: latest?.seq ?? 0,
					joinedAfterSeq: latest?.seq ?? 0
				}))
			)
			.onConflictDoNothing();
		return newcomers;
	});
	if (added.length) ctx.events.emit({ type: 'conversation.changed', conversationId: conversation.id });
	const [size] = await ctx.db
		.select({ value: count() })
		.from(conversationParticipants)
		.where(eq(conversationParticipants.conversationId, conversation.id));
	return { added: added.length, participants: size?.value ?? 0 };
}
