import { and, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, memberships, organisations, recognitionSettings } from '../../db/schema';

/** The organisations where the person is an active member, for the forms' choices. */
export async function myActiveOrganisations(db: DatabaseOrTransaction, accountId: string) {
	return db
		.select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.accountId, accountId), eq(memberships.status, 'active')))
		.orderBy(organisations.name);
}

/** The name the person chose for attestations, else their pseudonym. */
export async function attestationNameOf(db: DatabaseOrTransaction, accountId: string) {
	const [row] = await db
		.select({ pseudonym: accounts.pseudonym, chosen: recognitionSettings.attestationName })
		.from(accounts)
		.leftJoin(recognitionSettings, eq(recognitionSettings.accountId, accounts.id))
		.where(eq(accounts.id, accountId));
	return row
		? { pseudonym: row.pseudonym, chosen: row.chosen ?? null, shown: row.chosen || row.pseudonym }
		: null;
}
