import { answerJobOffer } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Answer an offer with a message, chosen profile experiences and credentials (AnswerJobOfferSchema); 201. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			answerJobOffer(ctxFor(event), {
				...(await readJson(event.request)),
				offerId: event.params.id
			} as never),
		201
	);
