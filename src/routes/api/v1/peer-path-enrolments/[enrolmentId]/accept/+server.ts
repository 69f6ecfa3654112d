import { acceptEnrolment } from '$core/pathway';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The person accepts a proposed enrolment. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, () => acceptEnrolment(ctxFor(event), { enrolmentId: event.params.enrolmentId }));
