import { printPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { problemResponse } from '$lib/server/http-errors';
import { currentMessageVariant } from '$lib/server/message-variant';
import { pdfResponse } from '$lib/server/plan-form';
import type { RequestHandler } from './$types';

/** The wallet card: the people to call and the crisis lines, in the reader's wording (easy-read too). */
export const GET: RequestHandler = async (event) => {
	const wording = { locale: event.locals.locale, variant: currentMessageVariant() };
	try {
		return pdfResponse(await printPlan(ctxFor(event), { format: 'card' }, wording), 'carte-mon-plan.pdf');
	} catch (error) {
		return problemResponse(error, event.locals.locale);
	}
};
