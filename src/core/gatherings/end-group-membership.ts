import { and, asc, eq, or } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { groupMembers, peerGroups } from '../../db/schema';
import { DomainError, type DomainEvent } from '../shared';
import { leaveGroupConversation } from './group-conversation';
import type { GroupMemberStatus } from './vocabulary';
import { releaseRegistrations } from './waiting-list';

export interface EndGroupMembershipInput {
	groupId: string;
	accountId: string;
	now: Date;
	/**
	 * The organisation membership ended: the person goes even if they were the last facilitator (the
	 * organisation's coordinators still run the group and can name another).
	 */
	evenLastFacilitator?: boolean;
	/** Only a place in this state (a refused request must still be pending). */
	status?: GroupMemberStatus;
}

/**
 * The one way a place in a group ends, whoever ends it (the person leaving, a facilitator's removal, the
 * end of their organisation membership, a declined invitation or a withdrawn request): inside the
 * caller's transaction, the row goes, and with it the companions admitted for this person; they leave
 * the group's conversation (`conversation.left` ends their streams in every process, at once) and give
 * up their future places in its sessions, which go to the waiting list. The group row is locked, so that
 * a role change at the same time cannot leave the group without a facilitator. Null when they had no
 * place there. Returns the events to emit after the commit.
 */
export async function endGroupMembership(
	tx: Transaction,
	input: EndGroupMembershipInput
): Promise<DomainEvent[] | null> {
	const [group] = await tx
		.select({ id: peerGroups.id, conversationId: peerGroups.conversationId })
		.from(peerGroups)
		.where(eq(peerGroups.id, input.groupId))
		.for('update');
	if (!group) return null;
	if (!input.evenLastFacilitator) await refuseLastFacilitator(tx, input.groupId, input.accountId);
	const removed = await tx
		.delete(groupMembers)
		.where(
			and(
				eq(groupMembers.groupId, input.groupId),
				input.status
					? and(eq(groupMembers.accountId, input.accountId), eq(groupMembers.status, input.status))
					: or(eq(groupMembers.accountId, input.accountId), eq(groupMembers.companionOf, input.accountId))
			)
		)
		.returning({ accountId: groupMembers.accountId });
	if (removed.length === 0) return null;
	const accountIds = removed.map((row) => row.accountId);
	const left = await leaveGroupConversation(tx, group.conversationId, accountIds);
	const events: DomainEvent[] = accountIds.map((accountId) => ({
		type: 'group.member-changed',
		groupId: input.groupId,
		accountId
	}));
	for (const accountId of left)
		events.push({ type: 'conversation.left', conversationId: group.conversationId!, accountId });
	for (const accountId of accountIds)
		events.push(...(await releaseRegistrations(tx, { accountId, groupId: input.groupId, now: input.now })));
	return events;
}

/** CONFLICT when this person is the group's only facilitator (invited ones count: they were named). */
async function refuseLastFacilitator(tx: Transaction, groupId: string, accountId: string): Promise<void> {
	const facilitators = await tx
		.select({ accountId: groupMembers.accountId })
		.from(groupMembers)
		.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'facilitator')));
	const isOne = facilitators.some((row) => row.accountId === accountId);
	if (isOne && facilitators.length === 1)
		throw new DomainError('CONFLICT', 'error.peerGroups.lastFacilitator');
}

/**
 * The person's organisation membership ended: every place they had in its groups ends the same way, group
 * by group in id order (so two removals never deadlock).
 */
export async function endGroupMembershipsInOrganisation(
	tx: Transaction,
	input: { organisationId: string; accountId: string; now: Date }
): Promise<DomainEvent[]> {
	const places = await tx
		.select({ groupId: groupMembers.groupId })
		.from(groupMembers)
		.innerJoin(peerGroups, eq(peerGroups.id, groupMembers.groupId))
		.where(
			and(
				eq(peerGroups.organisationId, input.organisationId),
				or(eq(groupMembers.accountId, input.accountId), eq(groupMembers.companionOf, input.accountId))
			)
		)
		.orderBy(asc(groupMembers.groupId));
	const events: DomainEvent[] = [];
	for (const groupId of [...new Set(places.map((row) => row.groupId))]) {
		const ended = await endGroupMembership(tx, {
			groupId,
			accountId: input.accountId,
			now: input.now,
			evenLastFacilitator: true
		});
		if (ended) events.push(...ended);
	}
	return events;
}
