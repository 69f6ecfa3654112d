import { and, asc, eq, ne, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, groupMembers, memberships } from '../../db/schema';
import type { Role } from '../organisations/vocabulary';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { admitsCompanions, canAdmitAsCompanion, canManageGroup, fitsAudience } from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField } from './schemas';
import type { GroupMemberStatus, GroupRole } from './vocabulary';

export const ListGroupMembersSchema = z.object({ groupId: groupIdField });

const companionOfAccount = alias(accounts, 'companion_of_account');
/** A picker longer than this would be unusable. */
const MAX_CANDIDATES = 500;

/**
 * For facilitators and coordinators: everyone with a place in the group (requests with their message,
 * invitations, members, companions and whom they accompany), and the members of the organisation they may
 * invite (who fit the room) or admit as companions (who do not, where the group admits companions). Members who hid themselves from the member list are offered only to
 * coordinators, who see them anyway; either way, nobody is in without accepting.
 */
export async function listGroupMembers(ctx: Ctx, input: z.input<typeof ListGroupMembersSchema>) {
	const actor = requireActor(ctx);
	const { groupId } = parseInput(ListGroupMembersSchema, input);
	const { group, viewer, facts, organisation } = await loadGroupForActor(ctx.db, groupId, actor);
	permit(canManageGroup(viewer, facts), 'error.peerGroups.cannotManage');
	const people = await ctx.db
		.select({
			accountId: groupMembers.accountId,
			pseudonym: accounts.pseudonym,
			role: groupMembers.role,
			status: groupMembers.status,
			requestMessage: groupMembers.requestMessage,
			companionOf: companionOfAccount.pseudonym,
			charterCurrent: sql<boolean>`coalesce(${groupMembers.charterVersionAccepted} = ${group.charterVersion}, false)`
		})
		.from(groupMembers)
		.innerJoin(accounts, eq(accounts.id, groupMembers.accountId))
		.leftJoin(companionOfAccount, eq(companionOfAccount.id, groupMembers.companionOf))
		.where(eq(groupMembers.groupId, groupId))
		.orderBy(asc(accounts.pseudonym));
	const coordinator = actor.isInstanceAdmin || viewer?.organisationRole === 'coordinator';
	const everyone = await candidates(ctx.db, organisation.id, groupId, actor.accountId, coordinator);
	return {
		group: { id: group.id, title: group.title, audience: group.audience },
		organisation,
		people: people as Array<(typeof people)[number] & { role: GroupRole; status: GroupMemberStatus }>,
		invitable: everyone.filter((person) => fitsAudience(group.audience, person.role)),
		/** A 'members' group or an intervision group admits no companion (canAdmitAsCompanion). */
		companionsAllowed: admitsCompanions(group.audience),
		companionCandidates: everyone.filter((person) => canAdmitAsCompanion(group.audience, person.role))
	};
}

/** Active members of the organisation with no place in the group (hidden ones for coordinators only). */
async function candidates(
	db: DatabaseOrTransaction,
	organisationId: string,
	groupId: string,
	actorId: string,
	includeHidden: boolean
): Promise<Array<{ accountId: string; pseudonym: string; role: Role }>> {
	const rows = await db
		.select({ accountId: accounts.id, pseudonym: accounts.pseudonym, role: memberships.role })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.status, 'active'),
				ne(memberships.accountId, actorId),
				includeHidden ? undefined : eq(memberships.hiddenFromMemberList, false),
				notExists(
					db
						.select({ one: sql`1` })
						.from(groupMembers)
						.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.accountId, memberships.accountId)))
				)
			)
		)
		.orderBy(asc(accounts.pseudonym))
		.limit(MAX_CANDIDATES);
	return rows as Array<{ accountId: string; pseudonym: string; role: Role }>;
}
