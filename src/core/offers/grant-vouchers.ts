import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { accounts, memberships, serviceVouchers } from '../../db/schema';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canGrantVouchers, canManageOrganisationOffers } from './policy';
import { organisationBySlug, serviceFacts } from './queries';
import { GrantVouchersSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * A funding organisation's coordinator gives one of its active members `count` funded sessions of a
 * service: one voucher row each, used once.
 */
export async function grantVouchers(ctx: Ctx, input: z.input<typeof GrantVouchersSchema>) {
	const actor = requireActor(ctx);
	const data = parseInput(GrantVouchersSchema, input);
	const funder = await organisationBySlug(ctx.db, data.funder);
	const viewer = await loadOffersViewer(ctx.db, actor);
	permit(canManageOrganisationOffers(viewer, funder.id), 'error.offers.notCoordinator');
	const service = await serviceFacts(ctx.db, data.serviceId);
	authorize(service?.published);
	const [holder] = await ctx.db
		.select({ id: accounts.id })
		.from(accounts)
		.innerJoin(memberships, eq(memberships.accountId, accounts.id))
		.where(
			and(
				eq(accounts.pseudonym, data.holderPseudonym),
				eq(memberships.organisationId, funder.id),
				eq(memberships.status, 'active')
			)
		);
	permit(canGrantVouchers(viewer, funder.id, service, holder !== undefined), 'error.offers.cannotGrant');
	const rows = await ctx.db
		.insert(serviceVouchers)
		.values(
			Array.from({ length: data.count }, () => ({
				serviceId: service.id,
				funderId: funder.id,
				holderId: holder!.id,
				grantedBy: actor.accountId
			}))
		)
		.returning({ id: serviceVouchers.id });
	return { vouchers: rows.map((row) => row.id) };
}
