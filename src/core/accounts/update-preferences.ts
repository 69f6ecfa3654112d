import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import {
	CONTRASTS,
	EASY_READ,
	LINE_SPACINGS,
	LOCALES,
	READING_FONTS,
	TEXT_SIZES,
	THEMES
} from './preferences';

export const UpdatePreferencesSchema = z.object({
	locale: z.enum(LOCALES, 'validation.invalid').optional(),
	textSize: z.enum(TEXT_SIZES, 'validation.invalid').optional(),
	theme: z.enum(THEMES, 'validation.invalid').optional(),
	// A boolean in JSON, 'on' or 'off' from a form: stored as a boolean.
	easyRead: z
		.union([z.boolean(), z.enum(EASY_READ)], 'validation.invalid')
		.transform((value) => value === true || value === 'on')
		.optional(),
	lineSpacing: z.enum(LINE_SPACINGS, 'validation.invalid').optional(),
	contrast: z.enum(CONTRASTS, 'validation.invalid').optional(),
	readingFont: z.enum(READING_FONTS, 'validation.invalid').optional()
});
export type UpdatePreferencesInput = z.input<typeof UpdatePreferencesSchema>;

/**
 * Saves display preferences (language, text size, theme, easy-read, line spacing, contrast, font) on the
 * account so they follow the person.
 */
export async function updatePreferences(ctx: Ctx, input: UpdatePreferencesInput): Promise<void> {
	const actor = requireActor(ctx);
	const changes = parseInput(UpdatePreferencesSchema, input);
	if (Object.keys(changes).length === 0) return;
	await ctx.db.update(accounts).set(changes).where(eq(accounts.id, actor.accountId));
}

/** Validates display preferences without saving them (visitors keep them in cookies only). */
export function readPreferences(input: UpdatePreferencesInput) {
	return parseInput(UpdatePreferencesSchema, input);
}
