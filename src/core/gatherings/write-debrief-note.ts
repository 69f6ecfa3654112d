import { z } from 'zod';
import { debriefNotes } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { isSupporter, ownsLinks } from './debrief-queries';

export const MAX_DEBRIEF_ANSWER = 4_000;

const answer = z
	.string('validation.invalid')
	.trim()
	.max(MAX_DEBRIEF_ANSWER, 'validation.debrief.answerTooLong')
	.optional()
	.default('');
/** An optional link: a form's empty choice means none. */
const optionalId = z
	.union([z.uuid('validation.debrief.link'), z.literal('')], 'validation.debrief.link')
	.optional()
	.transform((value) => value || null);

export const WriteDebriefNoteSchema = z
	.object({
		whatWasHard: answer,
		whatHelped: answer,
		whatINeed: answer,
		occurrenceId: optionalId,
		accompanimentId: optionalId
	})
	.refine((note) => note.whatWasHard || note.whatHelped || note.whatINeed, {
		message: 'validation.debrief.empty',
		path: ['whatWasHard']
	});

/**
 * A supporter writes a private note in their debrief journal (what was hard, what helped, what I need),
 * optionally linked to a session they took part in or one of their accompaniments. Nothing is added
 * automatically: the other person's name is in it only if the supporter typed it.
 */
export async function writeDebriefNote(ctx: Ctx, input: z.input<typeof WriteDebriefNoteSchema>) {
	const actor = requireActor(ctx);
	const note = parseInput(WriteDebriefNoteSchema, input);
	permit(await isSupporter(ctx.db, actor.accountId), 'error.debrief.notSupporter');
	const owned = await ownsLinks(ctx.db, actor.accountId, note);
	const wrong = [
		...(owned.occurrence ? [] : [{ field: 'occurrenceId', message: 'validation.debrief.link' }]),
		...(owned.accompaniment ? [] : [{ field: 'accompanimentId', message: 'validation.debrief.link' }])
	];
	if (wrong.length) throw new DomainError('INVALID', 'error.invalid', wrong);
	const [created] = await ctx.db
		.insert(debriefNotes)
		.values({ accountId: actor.accountId, ...note, createdAt: ctx.clock.now() })
		.returning({ id: debriefNotes.id, createdAt: debriefNotes.createdAt });
	// No event: the journal is private, nobody else's page shows it.
	return { id: created!.id, createdAt: created!.createdAt };
}
