import { answerHandover, getHandover } from '$core/pathway';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { handover: await getHandover(ctxFor(event), { handoverId: event.params.handoverId }) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async ({ decision }) => {
			const answer = await answerHandover(ctxFor(event), {
				handoverId: event.params.handoverId,
				decision: decision as 'accept'
			});
			return settled(event, { answered: answer.status });
		})
};
