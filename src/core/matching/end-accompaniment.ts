import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accompaniments } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canEndAccompaniment, isParty, type AccompanimentFacts } from './policy';

export const EndAccompanimentSchema = z.object({ accompanimentId: z.uuid('validation.invalid') });

/** Either side ends an accompaniment at any time, without having to say why; capacity frees up. */
export async function endAccompaniment(ctx: Ctx, input: z.input<typeof EndAccompanimentSchema>) {
	const actor = requireActor(ctx);
	const { accompanimentId } = parseInput(EndAccompanimentSchema, input);
	const [accompaniment] = await ctx.db
		.select()
		.from(accompaniments)
		.where(eq(accompaniments.id, accompanimentId));
	if (!accompaniment || !isParty(actor.accountId, accompaniment)) throw new DomainError('NOT_FOUND');
	if (!canEndAccompaniment(actor.accountId, accompaniment as AccompanimentFacts))
		throw new DomainError('CONFLICT', 'error.accompanimentEnded');
	await ctx.db
		.update(accompaniments)
		.set({ status: 'ended', endedAt: ctx.clock.now(), endedBy: actor.accountId })
		.where(eq(accompaniments.id, accompaniment.id));
	ctx.events.emit({ type: 'accompaniment.ended', accompanimentId: accompaniment.id });
}
