import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, contributionConfirmations, experiences, profileExperiences } from '../../db/schema';
import { selectRows } from '../../db/sql-helpers';
import { parseInput, type Ctx } from '../shared';
import { confirmationTallies, countsNow } from './confirmation-counts';
import { canRespondToContribution, experienceVisibilitiesFor } from './policy';
import { loadContributionForActor } from './queries';
import { namesPeoplePerExperience, seesExperienceCounts, showsConfirmationName } from './response-policy';
import { contributionIdField } from './response-schemas';
import type { ConfirmationKind } from './vocabulary';

export const ListConfirmationsSchema = z.object({
	contributionId: contributionIdField,
	locale: z.enum(['fr', 'en'], 'validation.invalid').optional().default('fr')
});

/** The nuances shown: the most recent ones (a page never lists thousands). */
const MOST_NUANCES = 100;

/**
 * How a contribution held for other peers: counts per kind (only confirmations that count: seven days
 * after their writer's sign-up, not hidden), the situations where it held differently or did not hold
 * (nuances, named only with consent, else "un·e pair"), counts per experience (only experiences their
 * writers still show to the contribution's audience; names only with consent and never on a public
 * contribution; visitors see none), and the viewer's own confirmation with the experiences they may tie it to.
 */
export async function listConfirmations(ctx: Ctx, input: z.input<typeof ListConfirmationsSchema>) {
	const { contributionId, locale } = parseInput(ListConfirmationsSchema, input);
	const { contribution, viewer, facts } = await loadContributionForActor(ctx.db, contributionId, ctx.actor);
	const now = ctx.clock.now();
	const visibilities = experienceVisibilitiesFor(contribution.audience);
	const label = locale === 'en' ? experiences.labelEn : experiences.labelFr;
	const [tallies, nuances, perExperience, mine, eligible] = await Promise.all([
		confirmationTallies(ctx.db, [contributionId], now),
		ctx.db
			.select({
				id: contributionConfirmations.id,
				kind: contributionConfirmations.kind,
				nuance: contributionConfirmations.nuance,
				showName: contributionConfirmations.showName,
				pseudonym: accounts.pseudonym,
				accountId: contributionConfirmations.accountId,
				createdAt: contributionConfirmations.createdAt
			})
			.from(contributionConfirmations)
			.leftJoin(accounts, eq(accounts.id, contributionConfirmations.accountId))
			.where(
				and(
					eq(contributionConfirmations.contributionId, contributionId),
					ne(contributionConfirmations.nuance, ''),
					countsNow(now)
				)
			)
			.orderBy(desc(contributionConfirmations.createdAt))
			.limit(MOST_NUANCES),
		seesExperienceCounts(viewer)
			? selectRows<{ experience_id: string; label: string; count: number; names: string[] | null }>(
					ctx.db,
					sql`select shown.experience_id, ${label} as label, count(*)::int as count,
						array_agg(${accounts.pseudonym} order by ${accounts.pseudonym})
							filter (where ${contributionConfirmations.showName}) as names
					from ${contributionConfirmations}
					cross join lateral unnest(${contributionConfirmations.experienceIds}) as shown(experience_id)
					join ${profileExperiences} on ${profileExperiences.accountId} = ${contributionConfirmations.accountId}
						and ${profileExperiences.experienceId} = shown.experience_id
						and ${inArray(profileExperiences.visibility, visibilities)}
					join ${accounts} on ${accounts.id} = ${contributionConfirmations.accountId}
					join ${experiences} on ${experiences.id} = shown.experience_id
					where ${contributionConfirmations.contributionId} = ${contributionId} and ${countsNow(now)}
					group by shown.experience_id, ${label}
					order by count(*) desc, ${label}`
				)
			: Promise.resolve([]),
		viewer
			? ctx.db
					.select()
					.from(contributionConfirmations)
					.where(
						and(
							eq(contributionConfirmations.contributionId, contributionId),
							eq(contributionConfirmations.accountId, viewer.accountId)
						)
					)
			: Promise.resolve([]),
		viewer
			? ctx.db
					.select({ id: profileExperiences.experienceId, label, visibility: profileExperiences.visibility })
					.from(profileExperiences)
					.innerJoin(experiences, eq(experiences.id, profileExperiences.experienceId))
					.where(
						and(
							eq(profileExperiences.accountId, viewer.accountId),
							inArray(profileExperiences.visibility, visibilities)
						)
					)
					.orderBy(asc(label))
			: Promise.resolve([])
	]);
	const own = mine[0];
	return {
		contribution: {
			id: contribution.id,
			title: contribution.title,
			audience: contribution.audience,
			hidden: contribution.hiddenAt !== null
		},
		tallies: tallies.get(contributionId)!,
		nuances: nuances.map((row) => ({
			id: row.id,
			kind: row.kind as ConfirmationKind,
			nuance: row.nuance,
			/** The writer's pseudonym with their consent; null: "un·e pair". */
			by: showsConfirmationName(row.showName, viewer) ? row.pseudonym : null,
			mine: viewer !== null && row.accountId === viewer.accountId,
			createdAt: row.createdAt
		})),
		experiences: perExperience.map((row) => ({
			experienceId: row.experience_id,
			label: row.label,
			count: Number(row.count),
			names: namesPeoplePerExperience(true, contribution.audience) ? (row.names ?? []) : []
		})),
		mine: own
			? {
					id: own.id,
					kind: own.kind as ConfirmationKind,
					nuance: own.nuance,
					experienceIds: own.experienceIds,
					showName: own.showName,
					countsFrom: own.countsFrom,
					countsNow: own.countsFrom <= now,
					hidden: own.hiddenAt !== null
				}
			: null,
		isAuthor: viewer !== null && contribution.authorId === viewer.accountId,
		canRespond: canRespondToContribution(viewer, facts),
		/** The viewer's own experiences a confirmation may name here (their visibility shows them to this audience). */
		eligibleExperiences: eligible
	};
}
