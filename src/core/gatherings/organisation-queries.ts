import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { memberships, organisations } from '../../db/schema';
import type { Retention } from '../conversations/policy';
import type { Role } from '../organisations/vocabulary';
import { DomainError, type Actor } from '../shared';

export interface GroupsOrganisation {
	id: string;
	slug: string;
	name: string;
	defaultRetention: Retention;
}

/**
 * The organisation behind a slug and the actor's active role there (null when they are not an active
 * member). NOT_FOUND when the slug is unknown.
 */
export async function organisationForActor(
	db: DatabaseOrTransaction,
	where: { slug: string } | { id: string },
	actor: Actor | null
): Promise<{ organisation: GroupsOrganisation; role: Role | null }> {
	const [row] = await db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			defaultRetention: organisations.defaultRetention,
			role: memberships.role
		})
		.from(organisations)
		.leftJoin(
			memberships,
			and(
				eq(memberships.organisationId, organisations.id),
				eq(memberships.accountId, actor?.accountId ?? '00000000-0000-0000-0000-000000000000'),
				eq(memberships.status, 'active')
			)
		)
		.where('slug' in where ? eq(organisations.slug, where.slug) : eq(organisations.id, where.id));
	if (!row) throw new DomainError('NOT_FOUND');
	const { role, ...organisation } = row;
	return {
		organisation: { ...organisation, defaultRetention: organisation.defaultRetention as Retention },
		role: (role as Role | null) ?? null
	};
}

/** A person's active role in an organisation, or null; `lock` holds their membership row (endMembership deletes it). */
export async function activeRoleIn(
	db: DatabaseOrTransaction,
	organisationId: string,
	accountId: string,
	options: { lock?: boolean } = {}
): Promise<Role | null> {
	const query = db
		.select({ role: memberships.role })
		.from(memberships)
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.accountId, accountId),
				eq(memberships.status, 'active')
			)
		);
	const [row] = options.lock ? await query.for('share') : await query;
	return (row?.role as Role | undefined) ?? null;
}
