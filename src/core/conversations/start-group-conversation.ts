import { z } from 'zod';
import { conversationParticipants, conversations } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canOpenGroup, groupHasRoomFor } from './group-policy';
import { eligibleMembers, lockMemberships, organisationForGroups } from './group-queries';
import { groupTitle, participantIds } from './group-schemas';

export const StartGroupConversationSchema = z.object({
	slug: z.string('validation.invalid').min(1, 'validation.invalid').max(100, 'validation.invalid'),
	title: groupTitle,
	participantIds
});

const participantsProblem = (message: string) =>
	new DomainError('INVALID', 'error.invalid', [{ field: 'participantIds', message }]);

/** Refuses people who may not be brought in, all alike: a non-member, a blocked pair, a hidden member. */
export function refuseIneligible(requested: string[], eligible: Array<{ accountId: string }>): void {
	if (eligible.length !== requested.length) throw participantsProblem('validation.group.participants');
}

export function refuseOversized(current: number, adding: number): void {
	if (!groupHasRoomFor(current, adding)) throw participantsProblem('validation.group.tooMany');
}

/**
 * A coordinator or peer supporter opens a group conversation among active members of their organisation
 * (50 people at most, themselves included). It takes the organisation's default retention.
 */
export async function startGroupConversation(ctx: Ctx, input: z.input<typeof StartGroupConversationSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(StartGroupConversationSchema, input);
	const { organisation, membership } = await organisationForGroups(
		ctx.db,
		{ slug: command.slug },
		actor.accountId
	);
	permit(canOpenGroup(membership), 'error.group.cannotOpen');
	const others = command.participantIds.filter((id) => id !== actor.accountId);
	// A group of one is not a conversation: at least one other person is chosen.
	if (others.length === 0) throw participantsProblem('validation.group.participants');
	refuseOversized(1, others.length);
	const now = ctx.clock.now();
	const conversationId = await ctx.db.transaction(async (tx) => {
		// Checked under the lock a removal takes (endMembership deletes these rows), so that a member removed
		// at this instant either is refused here or is taken out of the new group by the removal.
		await lockMemberships(tx, organisation.id, [actor.accountId, ...others]);
		const current = await organisationForGroups(tx, { id: organisation.id }, actor.accountId);
		permit(canOpenGroup(current.membership), 'error.group.cannotOpen');
		const eligible = await eligibleMembers(tx, {
			organisationId: organisation.id,
			actorId: actor.accountId,
			// Nobody is added without accepting: a member who hid themselves is not brought in.
			includeHidden: false,
			among: others
		});
		refuseIneligible(others, eligible);
		const [created] = await tx
			.insert(conversations)
			.values({
				kind: 'group',
				organisationId: organisation.id,
				title: command.title,
				createdBy: actor.accountId,
				retention: organisation.defaultRetention,
				createdAt: now
			})
			.returning({ id: conversations.id });
		await tx.insert(conversationParticipants).values(
			[actor.accountId, ...others].map((accountId) => ({
				conversationId: created!.id,
				accountId,
				joinedAt: now
			}))
		);
		return created!.id;
	});
	ctx.events.emit({ type: 'conversation.changed', conversationId });
	return { conversationId, created: true as const };
}
