import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { memberships, organisations } from '../../db/schema';
import type { Actor } from '../shared';
import { DomainError } from '../shared';
import type { Viewer } from './policy';
import type { JoinPolicy, MembershipStatus, OrganisationKind, Role } from './vocabulary';

export type Organisation = typeof organisations.$inferSelect & {
	kind: OrganisationKind;
	joinPolicy: JoinPolicy;
};
export type Membership = typeof memberships.$inferSelect & { role: Role; status: MembershipStatus };

/** The organisation and how the actor relates to it; NOT_FOUND when the slug is unknown. */
export async function loadOrganisationForActor(
	db: DatabaseOrTransaction,
	slug: string,
	actor: Actor | null
): Promise<{ organisation: Organisation; membership: Membership | null; viewer: Viewer }> {
	const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, slug));
	if (!organisation) throw new DomainError('NOT_FOUND');
	let membership: Membership | null = null;
	if (actor) {
		const [row] = await db
			.select()
			.from(memberships)
			.where(
				and(eq(memberships.organisationId, organisation.id), eq(memberships.accountId, actor.accountId))
			);
		membership = (row as Membership | undefined) ?? null;
	}
	const viewer: Viewer = actor
		? {
				isInstanceAdmin: actor.isInstanceAdmin,
				membership: membership ? { role: membership.role, status: membership.status } : null
			}
		: null;
	return { organisation: organisation as Organisation, membership, viewer };
}

/** A membership of this organisation by id, or NOT_FOUND (ids from another organisation do not resolve). */
export async function loadMembership(
	db: DatabaseOrTransaction,
	organisationId: string,
	membershipId: string
): Promise<Membership> {
	const [row] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)));
	if (!row) throw new DomainError('NOT_FOUND');
	return row as Membership;
}

/** The active coordinators of an organisation: those told of what waits for the organisation. */
export async function activeCoordinatorIds(db: DatabaseOrTransaction, organisationId: string) {
	const rows = await db
		.select({ accountId: memberships.accountId })
		.from(memberships)
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.role, 'coordinator'),
				eq(memberships.status, 'active')
			)
		);
	return rows.map((row) => row.accountId);
}

/** Active coordinators left in the organisation. */
export async function countCoordinators(db: DatabaseOrTransaction, organisationId: string): Promise<number> {
	return (await activeCoordinatorIds(db, organisationId)).length;
}

/** The person's active memberships (organisation and role): the one reader the modules' viewers build on. */
export async function activeRolesOf(
	db: DatabaseOrTransaction,
	accountId: string
): Promise<Array<{ organisationId: string; role: Role }>> {
	const rows = await db
		.select({ organisationId: memberships.organisationId, role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.accountId, accountId), eq(memberships.status, 'active')));
	return rows as Array<{ organisationId: string; role: Role }>;
}

/** Whether an account is an active member of the organisation, whatever the role. */
export async function isActiveMember(
	db: DatabaseOrTransaction,
	organisationId: string,
	accountId: string
): Promise<boolean> {
	const [row] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.accountId, accountId),
				eq(memberships.status, 'active')
			)
		);
	return row !== undefined;
}

/** The organisations the person actively coordinates, as a subquery (scoping lists in SQL). */
export const coordinatedOrganisationsQuery = (db: DatabaseOrTransaction, accountId: string) =>
	db
		.select({ id: memberships.organisationId })
		.from(memberships)
		.where(
			and(
				eq(memberships.accountId, accountId),
				eq(memberships.status, 'active'),
				eq(memberships.role, 'coordinator')
			)
		);
