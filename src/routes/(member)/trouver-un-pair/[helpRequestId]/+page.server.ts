import { myEmergencyContacts } from '$core/care';
import { hasPlan } from '$core/plans';
import { findMatches, MAX_PENDING_CONTACT_REQUESTS, sendContactRequest } from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { settled } from '$lib/server/flash';
import { formFailure, pageError } from '$lib/server/http-errors';
import { isDomainError } from '$core/shared';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const result = await findMatches(ctx, {
			helpRequestId: event.params.helpRequestId,
			locale: event.locals.locale
		});
		// Nobody available: the person's organisations' contacts and duty hours come with the crisis lines.
		const organisations = result.matches.length === 0 ? await myEmergencyContacts(ctx) : [];
		return {
			...result,
			organisations,
			maxPending: MAX_PENDING_CONTACT_REQUESTS,
			hasPlan: await hasPlan(ctx)
		};
	} catch (error) {
		// A request whose open time ran out is no error of the person's: the page says so and offers a new one.
		if (isDomainError(error) && error.messageKey === 'error.helpRequestClosed')
			return { closed: true as const };
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	contact: async (event) => {
		try {
			const { supporterId } = formFields(await readForm(event.request));
			await sendContactRequest(ctxFor(event), {
				helpRequestId: event.params.helpRequestId,
				supporterId: supporterId ?? ''
			});
			return settled(event, { sentTo: supporterId ?? '' });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
