import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { accounts, debriefNotes } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { canReadSharedDebriefs } from './debrief-policy';

export const ListSharedDebriefsSchema = z.object({
	slug: slugField,
	status: z.enum(['open', 'acknowledged'], 'validation.invalid').optional().default('open')
});

/**
 * The debrief notes supporters shared with the organisation, for its coordinators: the supporter's
 * pseudonym, when, and the three answers; never what the note was linked to. Waiting ones first by age;
 * acknowledged ones, the latest 50. NOT_FOUND for anyone else.
 */
export async function listSharedDebriefs(ctx: Ctx, input: z.input<typeof ListSharedDebriefsSchema>) {
	const actor = requireActor(ctx);
	const { slug, status } = parseInput(ListSharedDebriefsSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canReadSharedDebriefs(viewer), 'debriefings');
	const supporter = alias(accounts, 'supporter');
	const acknowledger = alias(accounts, 'acknowledger');
	const open = status === 'open';
	const notes = await ctx.db
		.select({
			id: debriefNotes.id,
			supporterPseudonym: supporter.pseudonym,
			whatWasHard: debriefNotes.whatWasHard,
			whatHelped: debriefNotes.whatHelped,
			whatINeed: debriefNotes.whatINeed,
			sharedAt: debriefNotes.sharedAt,
			acknowledgedAt: debriefNotes.acknowledgedAt,
			acknowledgedByPseudonym: acknowledger.pseudonym
		})
		.from(debriefNotes)
		.innerJoin(supporter, eq(supporter.id, debriefNotes.accountId))
		.leftJoin(acknowledger, eq(acknowledger.id, debriefNotes.acknowledgedBy))
		.where(
			and(
				eq(debriefNotes.sharedWithOrganisationId, organisation.id),
				isNotNull(debriefNotes.sharedAt),
				open ? isNull(debriefNotes.acknowledgedAt) : isNotNull(debriefNotes.acknowledgedAt)
			)
		)
		.orderBy(open ? debriefNotes.sharedAt : desc(debriefNotes.acknowledgedAt))
		.limit(open ? 500 : 50);
	return {
		organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
		notes: notes.map((note) => ({ ...note, sharedAt: note.sharedAt! }))
	};
}
