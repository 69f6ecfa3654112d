import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { organisationContacts, organisations } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { earliestOnDuty, nextOnDuty, type OnDuty } from './on-duty';

export interface OrganisationContact {
	id: string;
	label: string;
	phone: string | null;
	email: string | null;
	details: string;
	onDuty: string[];
	position: number;
}

export interface OrganisationContacts {
	organisationId: string;
	slug: string;
	name: string;
	/** The earliest "on duty now" or "next on duty" among the organisation's contacts. */
	onDuty: OnDuty | null;
	contacts: Array<OrganisationContact & { next: OnDuty | null }>;
}

const CONTACT_COLUMNS = {
	id: organisationContacts.id,
	label: organisationContacts.label,
	phone: organisationContacts.phone,
	email: organisationContacts.email,
	details: organisationContacts.details,
	onDuty: organisationContacts.onDuty,
	position: organisationContacts.position
};

/** One organisation's contacts, in the order its coordinators chose. */
export async function contactsOfOrganisation(
	db: DatabaseOrTransaction,
	organisationId: string
): Promise<OrganisationContact[]> {
	return db
		.select(CONTACT_COLUMNS)
		.from(organisationContacts)
		.where(eq(organisationContacts.organisationId, organisationId))
		.orderBy(asc(organisationContacts.position), asc(organisationContacts.createdAt));
}

/** The contacts of several organisations, grouped, each with when someone is next on duty. */
export async function contactsWithOnDuty(
	db: DatabaseOrTransaction,
	organisationIds: readonly string[],
	now: Date
): Promise<OrganisationContacts[]> {
	if (organisationIds.length === 0) return [];
	const rows = await db
		.select({
			...CONTACT_COLUMNS,
			organisationId: organisations.id,
			slug: organisations.slug,
			name: organisations.name
		})
		.from(organisationContacts)
		.innerJoin(organisations, eq(organisations.id, organisationContacts.organisationId))
		.where(inArray(organisationContacts.organisationId, [...organisationIds]))
		.orderBy(
			asc(organisations.name),
			asc(organisationContacts.position),
			asc(organisationContacts.createdAt)
		);
	const grouped = new Map<string, OrganisationContacts>();
	for (const { organisationId, slug, name, ...contact } of rows) {
		let group = grouped.get(organisationId);
		if (!group) {
			group = { organisationId, slug, name, onDuty: null, contacts: [] };
			grouped.set(organisationId, group);
		}
		group.contacts.push({ ...contact, next: nextOnDuty(contact.onDuty, now) });
	}
	for (const group of grouped.values()) group.onDuty = earliestOnDuty(group.contacts.map((c) => c.next));
	return [...grouped.values()];
}

/** Organisations where the person is an active member, whatever their role. */
export async function activeOrganisationIds(db: DatabaseOrTransaction, accountId: string): Promise<string[]> {
	const rows = await selectRows<{ organisation_id: string }>(
		db,
		sql`select organisation_id from memberships where account_id = ${accountId} and status = 'active'`
	);
	return rows.map((row) => row.organisation_id);
}

/**
 * The organisation a supporter and the person they accompany belong to: the conversation's own
 * organisation when it has one; else one where the supporter is an active peer supporter and the person an
 * active member; else the supporter's first organisation as a peer supporter. Null when there is none.
 */
export async function organisationOfPair(
	db: DatabaseOrTransaction,
	pair: { conversationOrganisationId: string | null; supporterId: string; requesterId: string }
): Promise<string | null> {
	if (pair.conversationOrganisationId) return pair.conversationOrganisationId;
	const [row] = await selectRows<{ organisation_id: string }>(
		db,
		sql`select supporter.organisation_id from memberships supporter
			left join memberships requester on requester.organisation_id = supporter.organisation_id
				and requester.account_id = ${pair.requesterId} and requester.status = 'active'
			where supporter.account_id = ${pair.supporterId} and supporter.role = 'peer_supporter'
				and supporter.status = 'active'
			order by (requester.id is null), supporter.approved_at nulls last, supporter.requested_at
			limit 1`
	);
	return row?.organisation_id ?? null;
}

/** The next free position at the end of an organisation's contact list. */
export async function nextContactPosition(db: DatabaseOrTransaction, organisationId: string) {
	const [row] = await db
		.select({ position: sql<number>`coalesce(max(${organisationContacts.position}) + 1, 0)::int` })
		.from(organisationContacts)
		.where(eq(organisationContacts.organisationId, organisationId));
	return row?.position ?? 0;
}

/** One contact of this organisation, or undefined (an id from another organisation does not resolve). */
export async function findContact(db: DatabaseOrTransaction, organisationId: string, contactId: string) {
	const [row] = await db
		.select(CONTACT_COLUMNS)
		.from(organisationContacts)
		.where(
			and(eq(organisationContacts.id, contactId), eq(organisationContacts.organisationId, organisationId))
		);
	return row;
}
