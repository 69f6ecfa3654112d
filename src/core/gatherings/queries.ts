import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { groupMembers, memberships, organisations, peerGroups } from '../../db/schema';
import type { Role } from '../organisations/vocabulary';
import { DomainError, type Actor } from '../shared';
import { canSeeGroup, type GroupFacts, type GroupViewer } from './policy';
import type { GroupAudience, GroupJoinPolicy, GroupKind, GroupMemberStatus, GroupRole } from './vocabulary';

export type PeerGroup = typeof peerGroups.$inferSelect & {
	kind: GroupKind;
	audience: GroupAudience;
	joinPolicy: GroupJoinPolicy;
};

export type GroupMember = typeof groupMembers.$inferSelect & { role: GroupRole; status: GroupMemberStatus };

export interface GroupForActor {
	group: PeerGroup;
	organisation: { id: string; slug: string; name: string };
	/** The actor's row in the group (any status), or null. */
	member: GroupMember | null;
	viewer: GroupViewer;
	facts: GroupFacts;
}

export const groupFacts = (group: PeerGroup): GroupFacts => ({
	audience: group.audience,
	joinPolicy: group.joinPolicy,
	publicProgramme: group.publicProgramme,
	archived: group.archivedAt !== null
});

/**
 * A group and how the actor relates to it, in one query; NOT_FOUND when it does not exist or the actor may
 * not know it exists (canSeeGroup). Pass a transaction and `forUpdate` to lock the group row (charter
 * changes, additions) against concurrent changes.
 */
export async function loadGroupForActor(
	db: DatabaseOrTransaction,
	groupId: string,
	actor: Actor | null,
	options: { forUpdate?: boolean } = {}
): Promise<GroupForActor> {
	const accountId = actor?.accountId ?? '00000000-0000-0000-0000-000000000000';
	const query = db
		.select({
			group: peerGroups,
			organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
			organisationRole: memberships.role,
			member: groupMembers
		})
		.from(peerGroups)
		.innerJoin(organisations, eq(organisations.id, peerGroups.organisationId))
		.leftJoin(
			memberships,
			and(
				eq(memberships.organisationId, peerGroups.organisationId),
				eq(memberships.accountId, accountId),
				eq(memberships.status, 'active')
			)
		)
		.leftJoin(
			groupMembers,
			and(eq(groupMembers.groupId, peerGroups.id), eq(groupMembers.accountId, accountId))
		)
		.where(eq(peerGroups.id, groupId));
	const [row] = options.forUpdate ? await query.for('update', { of: peerGroups }) : await query;
	if (!row) throw new DomainError('NOT_FOUND');
	const group = row.group as PeerGroup;
	const member = (row.member as GroupMember | null) ?? null;
	const viewer: GroupViewer = actor
		? {
				isInstanceAdmin: actor.isInstanceAdmin,
				organisationRole: (row.organisationRole as Role | null) ?? null,
				groupMember: member
					? {
							role: member.role,
							status: member.status,
							charterCurrent: member.charterVersionAccepted === group.charterVersion
						}
					: null
			}
		: null;
	const facts = groupFacts(group);
	if (!canSeeGroup(viewer, facts)) throw new DomainError('NOT_FOUND');
	return { group, organisation: row.organisation, member, viewer, facts };
}
