import { requireActor, type Ctx } from '../shared';
import { activeOrganisationIds, contactsWithOnDuty } from './queries';

/** The emergency contacts of every organisation the person is an active member of, for /urgence. */
export async function myEmergencyContacts(ctx: Ctx) {
	const actor = requireActor(ctx);
	return contactsWithOnDuty(ctx.db, await activeOrganisationIds(ctx.db, actor.accountId), ctx.clock.now());
}
