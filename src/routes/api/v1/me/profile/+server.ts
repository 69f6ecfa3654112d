import { viewProfile } from '$core/matching';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** My experience profile; `?previewAs=my_supporters|my_organisations|instance|visitor` shows what that audience sees. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		viewProfile(ctxFor(event), {
			accountId: event.locals.actor!.accountId,
			previewAs: (event.url.searchParams.get('previewAs') ?? undefined) as never,
			locale: event.locals.locale
		})
	);
