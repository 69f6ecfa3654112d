import { z } from 'zod';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadIntervisionAccess } from './intervision-access';

export const GetIntervisionEntrySchema = z.object({ occurrenceId: z.uuid('validation.invalid') });

/**
 * The door of an intervision occurrence: what it is and whether the actor has pledged yet (the page shows
 * the pledge first). NOT_FOUND for anyone who may not enter; never any note.
 */
export async function getIntervisionEntry(ctx: Ctx, input: z.input<typeof GetIntervisionEntrySchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(GetIntervisionEntrySchema, input);
	const access = await loadIntervisionAccess(ctx.db, occurrenceId, actor);
	return {
		occurrence: access.occurrence,
		group: { id: access.group.id, title: access.group.title },
		organisation: access.organisation,
		pledged: access.pledged,
		pledgedAt: access.registration?.pledgedAt ?? null
	};
}
