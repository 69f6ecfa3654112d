import type { DatabaseOrTransaction } from '../../db/client';
import { activeRolesOf } from '../organisations/queries';
import type { Actor } from '../shared';
import type { OffersViewer } from './policy';

/** The actor's active memberships, read once per use case, as the offers policies need them. */
export async function loadOffersViewer(
	db: DatabaseOrTransaction,
	actor: Actor | null
): Promise<OffersViewer | null> {
	if (!actor) return null;
	const rows = await activeRolesOf(db, actor.accountId);
	return {
		accountId: actor.accountId,
		isInstanceAdmin: actor.isInstanceAdmin,
		coordinatorOf: new Set(rows.filter((row) => row.role === 'coordinator').map((row) => row.organisationId)),
		memberOf: new Set(rows.map((row) => row.organisationId)),
		isPeerSupporter: rows.some((row) => row.role === 'peer_supporter')
	};
}
