import { getDirectoryListing, saveDirectoryListing } from '$core/directory';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's directory entry (published, or any for its coordinators) and published services. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const found = await getDirectoryListing(ctxFor(event), { slug: event.params.slug });
		if (!found) throw new DomainError('NOT_FOUND');
		return found;
	});

/** A coordinator writes the entry (SaveDirectoryListingSchema, without `organisation`). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		saveDirectoryListing(ctxFor(event), {
			...(await readJson(event.request)),
			organisation: event.params.slug
		} as never)
	);
