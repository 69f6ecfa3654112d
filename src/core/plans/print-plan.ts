import { z } from 'zod';
import type { Locale } from '../../i18n';
import { authorize, parseInput, requireActor, type Ctx } from '../shared';
import { renderPlanPdf } from './plan-pdf';
import { findPlanOf, readPlanVersion } from './queries';

export const PrintPlanSchema = z.object({ format: z.enum(['a4', 'card'], 'validation.invalid') });

/** The actor's current plan as a PDF (one A4 page or a wallet card). No plan yet: NOT_FOUND. */
export async function printPlan(ctx: Ctx, input: z.input<typeof PrintPlanSchema>, locale: Locale) {
	const actor = requireActor(ctx);
	const { format } = parseInput(PrintPlanSchema, input);
	const plan = await findPlanOf(ctx.db, actor.accountId);
	const version = plan ? await readPlanVersion(ctx.db, plan.id) : null;
	authorize(version, 'plan');
	return renderPlanPdf(version.content, {
		locale,
		format,
		savedAt: version.createdAt,
		version: version.number
	});
}
