import { exportPersonalData } from '$core/my-data';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => apiResponse(event, () => exportPersonalData(ctxFor(event)));
