import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { experiences } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';

export const SearchExperiencesSchema = z.object({
	query: z.string().trim().max(100, 'validation.tooLong').optional().default(''),
	locale: z.enum(['fr', 'en']).optional().default('fr')
});

export interface ExperienceOption {
	id: string;
	parentId: string | null;
	label: string;
}

/**
 * The approved vocabulary, optionally filtered by a query matched against labels and synonyms in both
 * languages, accents and case folded ("entendeur" finds "entente de voix"). Sorted for display.
 */
export async function searchExperiences(
	ctx: Ctx,
	input: z.input<typeof SearchExperiencesSchema>
): Promise<ExperienceOption[]> {
	const { query, locale } = parseInput(SearchExperiencesSchema, input);
	const label = locale === 'en' ? experiences.labelEn : experiences.labelFr;
	const pattern = `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
	const matches = query
		? sql`(unaccent(lower(${experiences.labelFr})) like unaccent(lower(${pattern}))
			or unaccent(lower(${experiences.labelEn})) like unaccent(lower(${pattern}))
			or exists (select 1 from unnest(${experiences.synonyms}) as synonym where unaccent(lower(synonym)) like unaccent(lower(${pattern}))))`
		: undefined;
	const rows = await ctx.db
		.select({ id: experiences.id, parentId: experiences.parentId, label })
		.from(experiences)
		.where(and(eq(experiences.status, 'approved'), matches))
		.orderBy(
			asc(sql`coalesce(${experiences.parentId}, ${experiences.id})`),
			asc(sql`${experiences.parentId} is not null`),
			asc(label)
		);
	return rows;
}
