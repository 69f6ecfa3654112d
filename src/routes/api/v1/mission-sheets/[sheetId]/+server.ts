import { getMissionSheet, reviseMissionSheet } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A mission sheet: its version in force, every version's fingerprint, signatures and acts. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getMissionSheet(ctxFor(event), { sheetId: event.params.sheetId }));

/** Changes the sheet (coordinators): a new version, which both sides sign again. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		reviseMissionSheet(ctxFor(event), {
			...(await readJson(event.request)),
			sheetId: event.params.sheetId
		} as never)
	);
