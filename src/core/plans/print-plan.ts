import { z } from 'zod';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { renderPlanPdf, type PlanWording } from './plan-pdf';
import { findPlanOf, readPlanVersion } from './queries';

export const PrintPlanSchema = z.object({ format: z.enum(['a4', 'card'], 'validation.invalid') });

/**
 * The actor's current plan as a PDF (one A4 page or a wallet card), in the wording they read the site in
 * (easy-read too). No plan yet: NOT_FOUND.
 */
export async function printPlan(ctx: Ctx, input: z.input<typeof PrintPlanSchema>, wording: PlanWording) {
	const actor = requireActor(ctx);
	const { format } = parseInput(PrintPlanSchema, input);
	const plan = await findPlanOf(ctx.db, actor.accountId);
	const version = plan ? await readPlanVersion(ctx.db, plan.id) : null;
	authorize(version, 'plan');
	return renderPlanPdf(version.content, {
		...wording,
		format,
		savedAt: version.createdAt,
		version: version.number
	});
}
