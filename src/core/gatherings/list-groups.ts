import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { groupMembers, peerGroups } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import { organisationForActor } from './organisation-queries';
import { canReadActivityReport } from './activity-report-policy';
import { canCreateGroup, fitsAudience } from './policy';
import { slugField } from './schemas';
import {
	GROUP_AUDIENCES,
	type GroupAudience,
	type GroupJoinPolicy,
	type GroupKind,
	type GroupMemberStatus,
	type GroupRole
} from './vocabulary';

export const ListGroupsSchema = z.object({ slug: slugField });

export interface GroupListEntry {
	id: string;
	kind: GroupKind;
	title: string;
	purpose: string;
	audience: GroupAudience;
	joinPolicy: GroupJoinPolicy;
	publicProgramme: boolean;
	archived: boolean;
	/** The actor's place: null when they have none. */
	myStatus: GroupMemberStatus | null;
	myRole: GroupRole | null;
	/** Active and the charter accepted is the current one (false when not active). */
	charterCurrent: boolean;
}

/**
 * An organisation's groups the actor may know exist (canSeeGroup, in SQL): those they have a place in,
 * those whose audience they fit, and all of them for coordinators. Visitors and non-members see none.
 */
export async function listGroups(ctx: Ctx, input: z.input<typeof ListGroupsSchema>) {
	const { slug } = parseInput(ListGroupsSchema, input);
	const { organisation, role } = await organisationForActor(ctx.db, { slug }, ctx.actor);
	const coordinator = canCreateGroup({
		isInstanceAdmin: ctx.actor?.isInstanceAdmin ?? false,
		organisationRole: role
	});
	const fitting = GROUP_AUDIENCES.filter((audience) => fitsAudience(audience, role));
	const accountId = ctx.actor?.accountId ?? '00000000-0000-0000-0000-000000000000';
	const rows = await ctx.db
		.select({
			id: peerGroups.id,
			kind: peerGroups.kind,
			title: peerGroups.title,
			purpose: peerGroups.purpose,
			audience: peerGroups.audience,
			joinPolicy: peerGroups.joinPolicy,
			publicProgramme: peerGroups.publicProgramme,
			archived: sql<boolean>`${peerGroups.archivedAt} is not null`,
			myStatus: groupMembers.status,
			myRole: groupMembers.role,
			charterCurrent: sql<boolean>`coalesce(${groupMembers.status} = 'active'
				and ${groupMembers.charterVersionAccepted} = ${peerGroups.charterVersion}, false)`
		})
		.from(peerGroups)
		.leftJoin(
			groupMembers,
			and(eq(groupMembers.groupId, peerGroups.id), eq(groupMembers.accountId, accountId))
		)
		.where(
			and(
				eq(peerGroups.organisationId, organisation.id),
				coordinator
					? undefined
					: or(
							sql`${groupMembers.accountId} is not null`,
							fitting.length
								? and(isNull(peerGroups.archivedAt), inArray(peerGroups.audience, fitting))
								: sql`false`
						)
			)
		)
		.orderBy(asc(peerGroups.title));
	return {
		organisation: { slug: organisation.slug, name: organisation.name },
		canCreate: coordinator,
		/** Whether the actor may open the organisation's activity report (its active coordinators). */
		canReadActivity: canReadActivityReport({
			isInstanceAdmin: false,
			membership: role ? { role, status: 'active' } : null
		}),
		groups: rows as GroupListEntry[]
	};
}
