import { and, eq, inArray } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { memberships } from '../../db/schema';
import { DomainError, type Actor } from '../shared';
import { isStaff, type StaffScope } from './policy';

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

/**
 * The staff scope of someone who moderates something. Moderation does not exist for anyone else: they
 * get NOT_FOUND, like for any page or endpoint they may not see (a 403 would say there is something).
 */
export async function requireStaffScope(db: DatabaseOrTransaction, actor: Actor): Promise<StaffScope> {
	const staff = await loadStaffScope(db, actor);
	if (!isStaff(staff)) throw new DomainError('NOT_FOUND');
	return staff;
}

/** How staff are named to the person whose content they opened: by role, never by pseudonym. */
export function staffRoleFor(staff: StaffScope, organisationId: string | null, escalated: boolean): string {
	if (organisationId === null || escalated) return 'instance_admin';
	return 'moderator';
}
