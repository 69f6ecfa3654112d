import { acknowledgeAlert } from '$core/care';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Marks the alert "debrief offered" (coordinators). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () =>
		acknowledgeAlert(ctxFor(event), { slug: event.params.slug, alertId: event.params.alertId })
	);
