import { z } from 'zod';
import { conversations, groupMembers, peerGroups } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { enterGroupConversation } from './group-conversation';
import { activeRoleIn, organisationForActor } from './organisation-queries';
import { canCreateGroup, mayFacilitate } from './policy';
import { GroupFieldsSchema, slugField, uuidField } from './schemas';

export const CreateGroupSchema = GroupFieldsSchema.extend({
	slug: slugField,
	/** Another member of the organisation to facilitate it (invited: they accept); the creator when left out. */
	facilitatorId: z
		.union([uuidField, z.literal('')])
		.optional()
		.transform((value) => value || undefined)
});
export type CreateGroupInput = z.input<typeof CreateGroupSchema>;

const facilitatorProblem = () =>
	new DomainError('INVALID', 'error.invalid', [
		{ field: 'facilitatorId', message: 'validation.peerGroups.facilitator' }
	]);

/**
 * A coordinator creates a group of their organisation, with its own conversation (kind 'peer_group') in
 * the same transaction. The creator facilitates it (and is in it, charter accepted: they wrote it), or
 * names another member, who is invited as facilitator and is in only once they accept.
 */
export async function createGroup(ctx: Ctx, input: CreateGroupInput) {
	const actor = requireActor(ctx);
	const { slug, facilitatorId, ...fields } = parseInput(CreateGroupSchema, input);
	const { organisation, role } = await organisationForActor(ctx.db, { slug }, actor);
	permit(
		canCreateGroup({ isInstanceAdmin: actor.isInstanceAdmin, organisationRole: role }),
		'error.peerGroups.cannotCreate'
	);
	const now = ctx.clock.now();
	const facilitator = facilitatorId ?? actor.accountId;
	const events: DomainEvent[] = [];
	const group = await ctx.db.transaction(async (tx) => {
		// Locked: a removal of the facilitator at this instant waits, then takes them out of the new group.
		const facilitatorRole = await activeRoleIn(tx, organisation.id, facilitator, { lock: true });
		if (!mayFacilitate(fields.audience, facilitatorRole)) throw facilitatorProblem();
		const [conversation] = await tx
			.insert(conversations)
			.values({
				kind: 'peer_group',
				organisationId: organisation.id,
				title: fields.title,
				createdBy: actor.accountId,
				retention: organisation.defaultRetention,
				createdAt: now
			})
			.returning({ id: conversations.id });
		const [created] = await tx
			.insert(peerGroups)
			.values({
				...fields,
				organisationId: organisation.id,
				conversationId: conversation!.id,
				createdBy: actor.accountId,
				createdAt: now
			})
			.returning();
		const byCreator = facilitator === actor.accountId;
		await tx.insert(groupMembers).values({
			groupId: created!.id,
			accountId: facilitator,
			role: 'facilitator',
			status: byCreator ? 'active' : 'invited',
			charterVersionAccepted: byCreator ? 1 : null,
			charterAcceptedAt: byCreator ? now : null,
			addedBy: actor.accountId,
			createdAt: now,
			joinedAt: byCreator ? now : null
		});
		if (byCreator) await enterGroupConversation(tx, conversation!.id, facilitator, now);
		else {
			const told = await notify(tx, {
				accountId: facilitator,
				kind: 'group.invited',
				subjectId: created!.id,
				organisationId: organisation.id,
				now
			});
			if (told) events.push(told);
		}
		return created!;
	});
	ctx.events.emit({ type: 'group.changed', groupId: group.id, organisationId: organisation.id });
	ctx.events.emit({ type: 'group.member-changed', groupId: group.id, accountId: facilitator });
	for (const event of events) ctx.events.emit(event);
	return { groupId: group.id, conversationId: group.conversationId! };
}
