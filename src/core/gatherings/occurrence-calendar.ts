import { z } from 'zod';
import type { Locale } from '../../i18n';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { buildCalendar } from './calendar-entries';
import { readGatheringPreferences } from './gathering-preferences';
import { loadOccurrenceForCalendar, toCalendarEntry } from './occurrence-facts';
import { loadGroupForActor } from './queries';

export const OccurrenceCalendarSchema = z.object({ occurrenceId: z.uuid('validation.invalid') });

/**
 * The .ics file of one occurrence, for someone who may see its group (NOT_FOUND otherwise). The meeting
 * link or phone number is in it only when they hold a confirmed place; their discreet choice is honoured.
 */
export async function occurrenceCalendar(
	ctx: Ctx,
	input: z.input<typeof OccurrenceCalendarSchema>,
	options: { locale: Locale; siteUrl: string }
): Promise<{ filename: string; body: string }> {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(OccurrenceCalendarSchema, input);
	const row = await loadOccurrenceForCalendar(ctx.db, occurrenceId, actor.accountId);
	if (!row) throw new DomainError('NOT_FOUND');
	await loadGroupForActor(ctx.db, row.groupId, actor);
	const { discreet } = await readGatheringPreferences(ctx.db, actor.accountId);
	const body = buildCalendar([toCalendarEntry(row, row.registration)], {
		locale: options.locale,
		discreet,
		siteUrl: options.siteUrl,
		now: ctx.clock.now()
	});
	return { filename: `seance-${occurrenceId}.ics`, body };
}
