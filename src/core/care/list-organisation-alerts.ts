import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { accounts, conversationAlerts } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { canSeeAlerts } from './policy';

export const ListOrganisationAlertsSchema = z.object({
	slug: slugField,
	status: z.enum(['open', 'acknowledged'], 'validation.invalid').optional().default('open')
});

/**
 * An organisation's difficult-conversation alerts for its coordinators: which supporter, when, their note;
 * never the conversation itself. Open ones first by age; acknowledged ones, the latest 50.
 */
export async function listOrganisationAlerts(ctx: Ctx, input: z.input<typeof ListOrganisationAlertsSchema>) {
	const actor = requireActor(ctx);
	const { slug, status } = parseInput(ListOrganisationAlertsSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canSeeAlerts(viewer), 'alerts');
	const supporter = alias(accounts, 'supporter');
	const acknowledger = alias(accounts, 'acknowledger');
	const alerts = await ctx.db
		.select({
			id: conversationAlerts.id,
			supporterId: conversationAlerts.supporterId,
			supporterPseudonym: supporter.pseudonym,
			note: conversationAlerts.note,
			createdAt: conversationAlerts.createdAt,
			acknowledgedAt: conversationAlerts.acknowledgedAt,
			acknowledgedByPseudonym: acknowledger.pseudonym
		})
		.from(conversationAlerts)
		.innerJoin(supporter, eq(supporter.id, conversationAlerts.supporterId))
		.leftJoin(acknowledger, eq(acknowledger.id, conversationAlerts.acknowledgedBy))
		.where(
			and(
				eq(conversationAlerts.organisationId, organisation.id),
				status === 'open'
					? isNull(conversationAlerts.acknowledgedAt)
					: isNotNull(conversationAlerts.acknowledgedAt)
			)
		)
		.orderBy(status === 'open' ? conversationAlerts.createdAt : desc(conversationAlerts.acknowledgedAt))
		.limit(status === 'open' ? 500 : 50);
	return { organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name }, alerts };
}

/** How many alerts wait for a coordinator of the organisation; null for anyone who may not see them. */
export async function countOpenAlerts(ctx: Ctx, input: { slug: string }): Promise<number | null> {
	const actor = requireActor(ctx);
	const { slug } = parseInput(z.object({ slug: slugField }), input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	if (!canSeeAlerts(viewer)) return null;
	const [row] = await ctx.db
		.select({ count: sql<number>`count(*)::int` })
		.from(conversationAlerts)
		.where(
			and(eq(conversationAlerts.organisationId, organisation.id), isNull(conversationAlerts.acknowledgedAt))
		);
	return row?.count ?? 0;
}
