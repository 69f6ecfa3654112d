import { fail, redirect } from '@sveltejs/kit';
import {
	activeCoolDown,
	COOL_DOWN_DURATIONS,
	decideContactRequest,
	liftCoolDown,
	setCoolDown,
	saveSupporterOffer,
	searchExperiences,
	setOfferPause,
	supporterDashboard,
	viewProfile
} from '$core/matching';
import { settled } from '$lib/server/flash';
import { ctxFor } from '$lib/server/context';
import { formFields, formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	const query = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	try {
		const [dashboard, options, profile, results] = await Promise.all([
			supporterDashboard(ctx, { locale }),
			searchExperiences(ctx, { locale }),
			viewProfile(ctx, { accountId: event.locals.actor!.accountId, locale }),
			query ? searchExperiences(ctx, { query, locale }) : null
		]);
		const coolDown = activeCoolDown(dashboard.offer?.pausedUntil ?? null, ctx.clock.now());
		return {
			dashboard,
			options,
			coolDown,
			coolDownDurations: COOL_DOWN_DURATIONS,
			profileIds: profile.experiences.map((entry) => entry.experienceId),
			query,
			results,
			draft: offerDraft(event.url.searchParams)
		};
	} catch (error) {
		pageError(error, locale);
	}
};

const OFFER_LISTS = ['experienceIds', 'formats', 'languages', 'availability'];

/**
 * The offer as it was being edited, when its search (a GET of the whole form) brought it into the address,
 * or when saving it failed (the form posted): what was ticked and typed is shown again, not yet saved.
 * Null on an ordinary visit.
 */
function offerDraft(fields: URLSearchParams | FormData) {
	if (!fields.has('brouillon')) return null;
	const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');
	const all = (name: string) => [...new Set(fields.getAll(name).map(text))].filter(Boolean).slice(0, 100);
	const one = (name: string) => text(fields.get(name));
	return {
		experienceIds: all('experienceIds'),
		formats: all('formats'),
		languages: all('languages'),
		availability: all('availability'),
		area: one('area'),
		gender: one('gender'),
		capacity: one('capacity'),
		introduction: one('introduction').slice(0, 2000)
	};
}

export const actions: Actions = {
	offer: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const fields = formFieldsWithLists(form, OFFER_LISTS);
			await saveSupporterOffer(ctxFor(event), fields as Parameters<typeof saveSupporterOffer>[1]);
			return settled(event, { saved: true }, 'offer');
		} catch (error) {
			const failure = formFailure(error, event.locals.locale, form);
			// Every ticked box comes back, lists included (the generic values keep one value per name).
			return fail(failure.status, { ...failure.data, draft: form ? offerDraft(form) : null });
		}
	},
	pause: async (event) => {
		try {
			const { paused } = formFields(await readForm(event.request));
			await setOfferPause(ctxFor(event), { paused });
			return settled(event, { pausedChanged: true }, 'state');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	coolDown: async (event) => {
		try {
			const { duration } = formFields(await readForm(event.request));
			await setCoolDown(ctxFor(event), { duration: duration as never });
			return settled(event, { coolDownSet: true }, 'cool-down');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	liftCoolDown: async (event) => {
		try {
			await readForm(event.request);
			await liftCoolDown(ctxFor(event));
			return settled(event, { coolDownLifted: true }, 'cool-down');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	decide: async (event) => {
		let accompanimentId: string | null = null;
		try {
			const fields = formFields(await readForm(event.request));
			const result = await decideContactRequest(
				ctxFor(event),
				fields as Parameters<typeof decideContactRequest>[1]
			);
			if (result.status === 'declined') return settled(event, { declined: true }, 'requests');
			accompanimentId = result.accompanimentId;
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		redirect(303, `/accompagnements/${accompanimentId}`);
	}
};
