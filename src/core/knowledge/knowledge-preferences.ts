import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { knowledgePreferences } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { CONTENT_WARNINGS, type ContentWarning } from './vocabulary';

export const SetKnowledgePreferencesSchema = z.object({
	hiddenTopics: z
		.union([
			z.array(z.enum(CONTENT_WARNINGS, 'validation.invalid'), 'validation.invalid'),
			z.enum(CONTENT_WARNINGS)
		])
		.transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
		.refine((topics) => topics.length <= CONTENT_WARNINGS.length, 'validation.invalid')
});
export type SetKnowledgePreferencesInput = z.input<typeof SetKnowledgePreferencesSchema>;

/** The content-warning topics a reader chose not to see (none for a visitor or before any choice). */
export async function hiddenTopicsOf(
	db: DatabaseOrTransaction,
	accountId: string | undefined
): Promise<ContentWarning[]> {
	if (!accountId) return [];
	const [row] = await db
		.select({ hiddenTopics: knowledgePreferences.hiddenTopics })
		.from(knowledgePreferences)
		.where(eq(knowledgePreferences.accountId, accountId));
	return (row?.hiddenTopics ?? []) as ContentWarning[];
}

/** The reader's knowledge preferences: the topics they hide. */
export async function getKnowledgePreferences(ctx: Ctx) {
	const actor = requireActor(ctx);
	return { hiddenTopics: await hiddenTopicsOf(ctx.db, actor.accountId) };
}

/**
 * A reader chooses the content-warning topics they do not want to see at all: a contribution carrying one
 * shows only a short line saying something was hidden, with a way to show it once.
 */
export async function setKnowledgePreferences(ctx: Ctx, input: SetKnowledgePreferencesInput) {
	const actor = requireActor(ctx);
	const { hiddenTopics } = parseInput(SetKnowledgePreferencesSchema, input);
	const now = ctx.clock.now();
	await ctx.db
		.insert(knowledgePreferences)
		.values({ accountId: actor.accountId, hiddenTopics, updatedAt: now })
		.onConflictDoUpdate({ target: knowledgePreferences.accountId, set: { hiddenTopics, updatedAt: now } });
	return { hiddenTopics };
}
