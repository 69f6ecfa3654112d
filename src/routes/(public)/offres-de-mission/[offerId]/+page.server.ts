import { answerJobOffer, getJobOffer, setAnswerStatus } from '$core/offers';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import { runListFormAction } from '$lib/server/offers-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await getJobOffer(ctxFor(event), { id: event.params.offerId });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	answer: (event) =>
		runListFormAction(event, ['experiences', 'credentials'], async (fields) => {
			await answerJobOffer(ctxFor(event), {
				offerId: event.params.offerId,
				message: fields.message as string,
				experiences: fields.experiences as string[],
				credentials: fields.credentials as string[]
			});
			return settled(event, { answered: true as const }, 'my-answer');
		}),
	status: (event) =>
		runFormAction(event, async (fields) => {
			const { status } = await setAnswerStatus(ctxFor(event), {
				answerId: fields.answerId ?? '',
				status: fields.status as never
			});
			return settled(event, { status }, 'answers');
		})
};
