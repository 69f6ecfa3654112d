import { z } from 'zod';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadForResponse } from './revision-queries';
import { contributionIdField } from './response-schemas';

export const RevisionFormSchema = z.object({ contributionId: contributionIdField });

/** What the "propose a revision" form starts from: the current text, for a reader who may respond. */
export async function revisionForm(ctx: Ctx, input: z.input<typeof RevisionFormSchema>) {
	const actor = requireActor(ctx);
	const { contributionId } = parseInput(RevisionFormSchema, input);
	const { contribution } = await loadForResponse(ctx.db, contributionId, actor);
	return {
		id: contribution.id,
		version: contribution.version,
		title: contribution.title,
		body: contribution.body,
		helpedWith: contribution.helpedWith,
		easyReadSummary: contribution.easyReadSummary
	};
}
