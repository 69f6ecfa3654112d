import { and, asc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, memberships } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { canListMembers, canManageMembers } from './policy';
import { loadOrganisationForActor } from './queries';
import { slugField } from './schemas';
import type { MembershipStatus, Role } from './vocabulary';

export const ListMembersSchema = z.object({
	slug: slugField,
	/** "management" is the coordinator's view: pending requests and hidden members included. */
	view: z.enum(['directory', 'management']).optional().default('directory')
});

export interface MemberListEntry {
	membershipId: string;
	accountId: string;
	pseudonym: string;
	role: Role;
	status: MembershipStatus;
	hiddenFromMemberList: boolean;
	requestedAt: Date;
}

/** Lists an organisation's members as the actor may see them; hidden members appear only to themselves and coordinators. */
export async function listMembers(ctx: Ctx, input: z.input<typeof ListMembersSchema>) {
	const { slug, view } = parseInput(ListMembersSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, ctx.actor);
	if (!canListMembers(viewer)) throw new DomainError('NOT_FOUND');
	const management = view === 'management';
	if (management && !canManageMembers(viewer)) throw new DomainError('FORBIDDEN');
	const actorId = ctx.actor!.accountId;
	const visible = management
		? eq(memberships.organisationId, organisation.id)
		: and(
				eq(memberships.organisationId, organisation.id),
				eq(memberships.status, 'active'),
				or(eq(memberships.hiddenFromMemberList, false), eq(memberships.accountId, actorId))
			);
	const rows = await ctx.db
		.select({
			membershipId: memberships.id,
			accountId: memberships.accountId,
			pseudonym: accounts.pseudonym,
			role: memberships.role,
			status: memberships.status,
			hiddenFromMemberList: memberships.hiddenFromMemberList,
			requestedAt: memberships.requestedAt
		})
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(visible)
		.orderBy(asc(memberships.status), asc(accounts.pseudonymKey));
	return { organisation, members: rows as MemberListEntry[] };
}
