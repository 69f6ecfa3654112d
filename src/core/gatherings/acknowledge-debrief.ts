import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { debriefNotes } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canReadSharedDebriefs } from './debrief-policy';

export const AcknowledgeDebriefSchema = z.object({ slug: slugField, noteId: z.uuid('validation.invalid') });

/** A coordinator marks a shared debrief note as seen (a debrief is offered); once only. */
export async function acknowledgeDebrief(ctx: Ctx, input: z.input<typeof AcknowledgeDebriefSchema>) {
	const actor = requireActor(ctx);
	const { slug, noteId } = parseInput(AcknowledgeDebriefSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canReadSharedDebriefs(viewer), 'debriefings');
	const now = ctx.clock.now();
	const sharedHere = and(
		eq(debriefNotes.id, noteId),
		eq(debriefNotes.sharedWithOrganisationId, organisation.id)
	);
	// The condition on a null date makes it once-only: of several coordinators at once, one records it.
	const [acknowledged] = await ctx.db
		.update(debriefNotes)
		.set({ acknowledgedAt: now, acknowledgedBy: actor.accountId })
		.where(and(sharedHere, isNull(debriefNotes.acknowledgedAt)))
		.returning({ id: debriefNotes.id });
	if (!acknowledged) {
		const [exists] = await ctx.db.select({ id: debriefNotes.id }).from(debriefNotes).where(sharedHere);
		authorize(exists, 'debrief note');
		throw new DomainError('CONFLICT', 'error.debrief.alreadyAcknowledged');
	}
	ctx.events.emit({ type: 'debrief.acknowledged', debriefNoteId: noteId, organisationId: organisation.id });
	return { id: noteId, acknowledgedAt: now };
}
