import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { memberships } from '../../db/schema';
import { leaveOrganisationGroups } from '../conversations/group-queries';
import { endGroupMembershipsInOrganisation } from '../gatherings/end-group-membership';
import { directConversationsClosedByLeaving } from '../conversations/queries';
import { endAccompanimentsInOrganisation } from '../matching/queries';
import type { DomainEvent } from '../shared';
import type { MembershipStatus, Role } from './vocabulary';

export interface EndedMembership {
	role: Role;
	status: MembershipStatus;
	/** To emit once the caller's transaction has committed. */
	events: DomainEvent[];
}

/**
 * The one way a membership ends, whoever ends it (a coordinator's removal, a moderation decision, the
 * person leaving, a declined request), so that no path can forget a place: inside the caller's
 * transaction, the membership goes, the person leaves every group conversation of the organisation,
 * their open accompaniments there end as if ended by hand, and their direct conversations with people
 * they now share no organisation with close for writing (`canWrite`; streams get `conversation.changed`),
 * and their places in its groups end (endGroupMembership: conversation, sessions, companions). The events it returns carry ids only:
 * `conversation.left` ends the person's streams of those groups in every process, at once.
 *
 * It takes the caller's transaction rather than a ctx because a moderation decision records itself and
 * its effect in one commit. Null when the person had no such membership there (ended or changed
 * meanwhile).
 */
export async function endMembership(
	tx: Transaction,
	input: {
		organisationId: string;
		accountId: string;
		/** Who ended it, kept on the accompaniments it ends. */
		endedBy: string | null;
		now: Date;
		/** Only a membership in this state (a declined request must still be pending). */
		status?: MembershipStatus;
	}
): Promise<EndedMembership | null> {
	const { organisationId, accountId } = input;
	const [removed] = await tx
		.delete(memberships)
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.accountId, accountId),
				input.status ? eq(memberships.status, input.status) : undefined
			)
		)
		.returning({ role: memberships.role, status: memberships.status });
	if (!removed) return null;
	const groups = await leaveOrganisationGroups(tx, organisationId, accountId);
	// Their places in the organisation's groups (peer groups) end the one way a group place ends.
	const groupEvents = await endGroupMembershipsInOrganisation(tx, {
		organisationId,
		accountId,
		now: input.now
	});
	const accompanimentIds = await endAccompanimentsInOrganisation(tx, input);
	// Direct conversations stay readable but close for writing once the two share no organisation.
	const closedDirect = await directConversationsClosedByLeaving(tx, organisationId, accountId);
	const events: DomainEvent[] = [
		{ type: 'membership.removed', organisationId, accountId },
		...groups.map((conversationId) => ({ type: 'conversation.left' as const, conversationId, accountId })),
		...accompanimentIds.map((accompanimentId) => ({ type: 'accompaniment.ended' as const, accompanimentId })),
		...closedDirect.map((conversationId) => ({ type: 'conversation.changed' as const, conversationId })),
		...groupEvents
	];
	return { role: removed.role as Role, status: removed.status as MembershipStatus, events };
}
