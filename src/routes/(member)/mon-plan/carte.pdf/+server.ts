import { printPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { problemResponse } from '$lib/server/http-errors';
import { pdfResponse } from '$lib/server/plan-form';
import type { RequestHandler } from './$types';

/** The wallet card: the people to call and the crisis lines. */
export const GET: RequestHandler = async (event) => {
	try {
		return pdfResponse(
			await printPlan(ctxFor(event), { format: 'card' }, event.locals.locale),
			'carte-mon-plan.pdf'
		);
	} catch (error) {
		return problemResponse(error, event.locals.locale);
	}
};
