import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, groupMembers } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import {
	canAcceptInvitation,
	canJoinGroup,
	canManageGroup,
	canSeeMemberCount,
	canSeeMemberNames,
	canTakePart,
	needsCharterAcceptance
} from './policy';
import { loadGroupForActor } from './queries';
import { groupIdField } from './schemas';

export const GetGroupSchema = z.object({ groupId: groupIdField });

/**
 * What a group's page shows the actor: the group and its charter, their place in it and what they may do,
 * how many are in it (members and facilitators), and names (facilitators and coordinators only: the list
 * is hidden by default). The conversation's id only to those who are in it.
 */
export async function getGroup(ctx: Ctx, input: z.input<typeof GetGroupSchema>) {
	const { groupId } = parseInput(GetGroupSchema, input);
	const { group, organisation, member, viewer, facts } = await loadGroupForActor(ctx.db, groupId, ctx.actor);
	const showCount = canSeeMemberCount(viewer);
	const showNames = canSeeMemberNames(viewer);
	const [counted] = showCount
		? await ctx.db
				.select({ value: count() })
				.from(groupMembers)
				.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active')))
		: [];
	const names = showNames
		? await ctx.db
				.select({ pseudonym: accounts.pseudonym, role: groupMembers.role })
				.from(groupMembers)
				.innerJoin(accounts, eq(accounts.id, groupMembers.accountId))
				.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active')))
				.orderBy(asc(accounts.pseudonym))
		: null;
	const active = member?.status === 'active';
	return {
		group: {
			id: group.id,
			kind: group.kind,
			title: group.title,
			purpose: group.purpose,
			audience: group.audience,
			joinPolicy: group.joinPolicy,
			charter: group.charter,
			charterVersion: group.charterVersion,
			publicProgramme: group.publicProgramme,
			archived: facts.archived,
			conversationId: active ? group.conversationId : null
		},
		organisation,
		me: member
			? { status: member.status, role: member.role, charterCurrent: viewer!.groupMember!.charterCurrent }
			: null,
		can: {
			join: canJoinGroup(viewer, facts),
			acceptInvitation: canAcceptInvitation(viewer, facts),
			acceptCharter: needsCharterAcceptance(viewer),
			takePart: canTakePart(viewer, facts),
			manage: canManageGroup(viewer, facts)
		},
		memberCount: counted?.value ?? null,
		members: names
	};
}
