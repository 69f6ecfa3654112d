import { z } from 'zod';
import { helpRequests } from '../../db/schema';
import { DEFAULT_HELP_REQUEST_OPEN_DAYS, HELP_REQUEST_OPEN_DAYS } from '../retention/policy';
import { detectCrisisLanguage } from '../safety';
import { parseInput, requireActor, type Ctx } from '../shared';
import { FORMATS, GENDERS, LANGUAGES, MAX_SLOTS } from './offer-vocabulary';
import { assertKnownExperiences } from './queries';
import { list, optionalText } from './schemas';
import { weeklySlotList } from './weekly-slots';

export const CreateHelpRequestSchema = z.object({
	experienceIds: list(z.string().min(1).max(200), 'validation.request.experiences', 1, 10),
	hopes: z.string().trim().max(2000, 'validation.tooLong').optional().default(''),
	formats: list(z.enum(FORMATS), 'validation.request.formats', 1, FORMATS.length),
	language: z.enum(LANGUAGES, 'validation.invalid').optional().default('fr'),
	area: optionalText(80),
	preferredGender: z
		.union([z.enum(GENDERS), z.literal('')], 'validation.invalid')
		.optional()
		.transform((value) => value || null),
	/** When the person can usually talk, as weekly slots; empty means any time. */
	availability: weeklySlotList('validation.offer.slot', MAX_SLOTS),
	/** How many days the request stays open (7, 30 or 90; a form sends text, the API a number). */
	openDays: z
		.union(
			[
				...HELP_REQUEST_OPEN_DAYS.map((days) => z.literal(days)),
				z.enum(HELP_REQUEST_OPEN_DAYS.map(String) as [string, ...string[]])
			],
			'validation.request.openDays'
		)
		.optional()
		.transform((value) => (value === undefined ? DEFAULT_HELP_REQUEST_OPEN_DAYS : Number(value)))
});
export type CreateHelpRequestInput = z.input<typeof CreateHelpRequestSchema>;

/**
 * A person describes what they live and how they would like to talk; matches are computed from it.
 * `crisisLanguage` tells the person's page (only) to offer the crisis lines next to the matches.
 */
export async function createHelpRequest(ctx: Ctx, input: CreateHelpRequestInput) {
	const actor = requireActor(ctx);
	const fields = parseInput(CreateHelpRequestSchema, input);
	const { openDays, ...request } = fields;
	const experienceIds = [...new Set(request.experienceIds)];
	const now = ctx.clock.now();
	await assertKnownExperiences(ctx.db, experienceIds, 'experienceIds');
	const [created] = await ctx.db
		.insert(helpRequests)
		.values({
			...request,
			experienceIds,
			requesterId: actor.accountId,
			createdAt: now,
			// Retention: it closes by itself then, and what the person wrote in it is erased.
			closesAt: new Date(now.getTime() + openDays * 24 * 60 * 60 * 1000)
		})
		.returning({ id: helpRequests.id });
	ctx.events.emit({ type: 'help-request.created', helpRequestId: created!.id });
	return { id: created!.id, crisisLanguage: detectCrisisLanguage(fields.hopes).alarming };
}
