import { error } from '@sveltejs/kit';
import { getDirectoryListing, saveDirectoryListing } from '$core/directory';
import { searchExperiences } from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { pageError } from '$lib/server/http-errors';
import { runListFormAction } from '$lib/server/offers-forms';
import type { Actions, PageServerLoad } from './$types';

/** A coordinator edits the organisation's directory entry (others: 404, like any page they may not see). */
export const load: PageServerLoad = async (event) => {
	let found;
	try {
		const ctx = ctxFor(event);
		const [listing, experiences] = await Promise.all([
			getDirectoryListing(ctx, { slug: event.params.slug }),
			searchExperiences(ctx, { locale: event.locals.locale })
		]);
		found = listing && listing.manages ? { ...listing, experiences } : null;
	} catch (caught) {
		pageError(caught, event.locals.locale);
	}
	if (!found) error(404);
	return found;
};

export const actions: Actions = {
	default: (event) =>
		runListFormAction(event, ['accessibility', 'themes'], async (fields) => {
			const { published } = await saveDirectoryListing(ctxFor(event), {
				...fields,
				organisation: event.params.slug
			} as never);
			return settled(event, { saved: published ? ('published' as const) : ('hidden' as const) });
		})
};
