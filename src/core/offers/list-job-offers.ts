import { and, desc, eq, gte, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { jobOffers, organisations } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import { parisDay } from './queries';
import { CONTRACTS } from './vocabulary';
import { departementCode } from './schemas';

export const ListJobOffersSchema = z.object({
	departement: z.preprocess((value) => (value === '' ? undefined : value), departementCode.optional()),
	contract: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z.enum(CONTRACTS, 'validation.invalid').optional()
	)
});

export const jobOfferColumns = {
	id: jobOffers.id,
	title: jobOffers.title,
	organisation: organisations.name,
	organisationSlug: organisations.slug,
	organisationKind: organisations.kind,
	contract: jobOffers.contract,
	hours: jobOffers.hours,
	place: jobOffers.place,
	departement: jobOffers.departement,
	startsOn: jobOffers.startsOn,
	closesOn: jobOffers.closesOn,
	payMin: jobOffers.payMin,
	payMax: jobOffers.payMax,
	payPeriod: jobOffers.payPeriod,
	createdAt: jobOffers.createdAt
};

/** Open missions and job offers (published, not hidden, not past their closing date), newest first; public. */
export async function listJobOffers(ctx: Ctx, input: z.input<typeof ListJobOffersSchema> = {}) {
	const { departement, contract } = parseInput(ListJobOffersSchema, input);
	const today = parisDay(ctx.clock.now());
	return ctx.db
		.select(jobOfferColumns)
		.from(jobOffers)
		.innerJoin(organisations, eq(organisations.id, jobOffers.organisationId))
		.where(
			and(
				eq(jobOffers.status, 'published'),
				isNull(jobOffers.hiddenAt),
				or(isNull(jobOffers.closesOn), gte(jobOffers.closesOn, today)),
				departement ? eq(jobOffers.departement, departement) : undefined,
				contract ? eq(jobOffers.contract, contract) : undefined
			)
		)
		.orderBy(desc(jobOffers.createdAt))
		.limit(100);
}
