import { and, asc, count, desc, eq, gte, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, activityEntries, memberships, organisations } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { isActiveCoordinator } from './policy';
import { myActiveOrganisations } from './queries';
import { day, slug } from './schemas';
import { totalsByKind } from './totals';

const period = {
	from: day.optional(),
	to: day.optional()
};
export const ListMyActivitySchema = z.object(period);

const inPeriod = (from?: string, to?: string) => [
	...(from ? [gte(activityEntries.occurredOn, from)] : []),
	...(to ? [lte(activityEntries.occurredOn, to)] : [])
];

/** The supporter's own log (newest first, 500 at most), with totals and the forms' organisation choices. */
export async function listMyActivity(ctx: Ctx, input: z.input<typeof ListMyActivitySchema> = {}) {
	const actor = requireActor(ctx);
	const { from, to } = parseInput(ListMyActivitySchema, input);
	const [entries, organisationChoices] = await Promise.all([
		ctx.db
			.select({
				id: activityEntries.id,
				kind: activityEntries.kind,
				occurredOn: activityEntries.occurredOn,
				durationMinutes: activityEntries.durationMinutes,
				note: activityEntries.note,
				organisationId: activityEntries.organisationId,
				organisation: organisations.name,
				source: activityEntries.source,
				editedAt: activityEntries.editedAt
			})
			.from(activityEntries)
			.leftJoin(organisations, eq(organisations.id, activityEntries.organisationId))
			.where(
				and(
					eq(activityEntries.accountId, actor.accountId),
					isNull(activityEntries.dismissedAt),
					...inPeriod(from, to)
				)
			)
			.orderBy(desc(activityEntries.occurredOn), desc(activityEntries.createdAt))
			.limit(500),
		myActiveOrganisations(ctx.db, actor.accountId)
	]);
	return { entries, totals: totalsByKind(entries), organisations: organisationChoices };
}

export const ListOrganisationActivitySchema = z.object({
	slug,
	accountId: z.uuid('validation.invalid').optional(),
	...period
});

/**
 * For the organisation's coordinators: its active members who logged activity there (with a count), and
 * when one is chosen, that person's entries for the organisation: kind, day, duration, whether automatic.
 * Never the private note, never another organisation's entries. NOT_FOUND for anyone else.
 */
export async function listOrganisationActivity(
	ctx: Ctx,
	input: z.input<typeof ListOrganisationActivitySchema>
) {
	const actor = requireActor(ctx);
	const { slug, accountId, from, to } = parseInput(ListOrganisationActivitySchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(isActiveCoordinator(viewer), 'activity');
	const ofOrganisation = eq(activityEntries.organisationId, organisation.id);
	const supporters = await ctx.db
		.select({ accountId: accounts.id, pseudonym: accounts.pseudonym, entries: count(activityEntries.id) })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.leftJoin(
			activityEntries,
			and(
				ofOrganisation,
				eq(activityEntries.accountId, memberships.accountId),
				isNull(activityEntries.dismissedAt)
			)
		)
		.where(
			and(
				eq(memberships.organisationId, organisation.id),
				eq(memberships.status, 'active'),
				eq(memberships.role, 'peer_supporter')
			)
		)
		.groupBy(accounts.id, accounts.pseudonym)
		.orderBy(asc(accounts.pseudonym))
		.limit(500);
	const entries = accountId
		? await ctx.db
				.select({
					id: activityEntries.id,
					kind: activityEntries.kind,
					occurredOn: activityEntries.occurredOn,
					durationMinutes: activityEntries.durationMinutes,
					source: activityEntries.source
				})
				.from(activityEntries)
				.where(
					and(
						ofOrganisation,
						eq(activityEntries.accountId, accountId),
						isNull(activityEntries.dismissedAt),
						...inPeriod(from, to)
					)
				)
				.orderBy(desc(activityEntries.occurredOn))
				.limit(1000)
		: [];
	return {
		organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
		supporters,
		entries,
		totals: totalsByKind(entries)
	};
}
