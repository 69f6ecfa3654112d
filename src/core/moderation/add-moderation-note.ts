import type { z } from 'zod';
import { moderationNotes } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { requireModeratedReport } from './queries';
import { NoteSchema } from './schemas';

/** An internal note on a report, for the moderation team only. */
export async function addModerationNote(ctx: Ctx, input: z.input<typeof NoteSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(NoteSchema, input);
	const { report } = await requireModeratedReport(ctx.db, actor, command.reportId);
	const [note] = await ctx.db
		.insert(moderationNotes)
		.values({
			reportId: report.id,
			authorId: actor.accountId,
			body: command.body,
			createdAt: ctx.clock.now()
		})
		.returning({ id: moderationNotes.id });
	return { id: note!.id };
}
