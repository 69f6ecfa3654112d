import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { intervisionNotes } from '../../db/schema';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';

export const DeleteIntervisionNoteSchema = z.object({
	occurrenceId: z.uuid('validation.invalid'),
	noteId: z.uuid('validation.invalid')
});

/** The author deletes one of their own intervision notes; anyone else's note is NOT_FOUND. */
export async function deleteIntervisionNote(ctx: Ctx, input: z.input<typeof DeleteIntervisionNoteSchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId, noteId } = parseInput(DeleteIntervisionNoteSchema, input);
	// Their own words stay theirs to remove, even once they no longer take part in the group.
	const deleted = await ctx.db
		.delete(intervisionNotes)
		.where(
			and(
				eq(intervisionNotes.id, noteId),
				eq(intervisionNotes.occurrenceId, occurrenceId),
				eq(intervisionNotes.authorId, actor.accountId)
			)
		)
		.returning({ id: intervisionNotes.id });
	authorize(deleted.length > 0, 'intervision note');
	return { id: noteId };
}
