import { listProgramme } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** This week's and next week's sessions, by Paris day, as the caller may see them. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listProgramme(ctxFor(event), { slug: event.params.slug }));
