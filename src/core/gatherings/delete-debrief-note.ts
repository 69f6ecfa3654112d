import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { debriefNotes } from '../../db/schema';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';

export const DeleteDebriefNoteSchema = z.object({ noteId: z.uuid('validation.invalid') });

/**
 * The supporter deletes one of their notes, shared or not (a shared one leaves the coordinators' list
 * with it). Anyone else's note is NOT_FOUND.
 */
export async function deleteDebriefNote(ctx: Ctx, input: z.input<typeof DeleteDebriefNoteSchema>) {
	const actor = requireActor(ctx);
	const { noteId } = parseInput(DeleteDebriefNoteSchema, input);
	const deleted = await ctx.db
		.delete(debriefNotes)
		.where(and(eq(debriefNotes.id, noteId), eq(debriefNotes.accountId, actor.accountId)))
		.returning({ id: debriefNotes.id });
	authorize(deleted.length > 0, 'debrief note');
	return { id: noteId };
}
