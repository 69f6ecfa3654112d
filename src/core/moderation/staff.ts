import { and, eq, inArray } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { memberships } from '../../db/schema';
import type { Actor } from '../shared';
import type { StaffScope } from './policy';

export const MODERATING_ROLES = ['moderator', 'coordinator'] as const;

/** The organisations this person moderates (active moderator or coordinator), and whether they run the instance. */
export async function loadStaffScope(db: DatabaseOrTransaction, actor: Actor): Promise<StaffScope> {
	const rows = await db
		.select({ organisationId: memberships.organisationId })
		.from(memberships)
		.where(
			and(
				eq(memberships.accountId, actor.accountId),
				eq(memberships.status, 'active'),
				inArray(memberships.role, [...MODERATING_ROLES])
			)
		);
	return { isInstanceAdmin: actor.isInstanceAdmin, moderates: rows.map((row) => row.organisationId) };
}

/** How staff are named to the person whose content they opened: by role, never by pseudonym. */
export function staffRoleFor(staff: StaffScope, organisationId: string | null, escalated: boolean): string {
	if (organisationId === null || escalated) return 'instance_admin';
	return 'moderator';
}
