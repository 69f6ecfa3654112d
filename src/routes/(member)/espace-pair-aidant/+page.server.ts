import { redirect } from '@sveltejs/kit';
import {
	activeCoolDown,
	COOL_DOWN_DURATIONS,
	decideContactRequest,
	liftCoolDown,
	setCoolDown,
	saveSupporterOffer,
	searchExperiences,
	setOfferPause,
	supporterDashboard
} from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { formFields, formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	try {
		const [dashboard, options] = await Promise.all([
			supporterDashboard(ctx, { locale }),
			searchExperiences(ctx, { locale })
		]);
		const coolDown = activeCoolDown(dashboard.offer?.pausedUntil ?? null, ctx.clock.now());
		return { dashboard, options, coolDown, coolDownDurations: COOL_DOWN_DURATIONS };
	} catch (error) {
		pageError(error, locale);
	}
};

export const actions: Actions = {
	offer: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const fields = formFieldsWithLists(form, ['experienceIds', 'formats', 'languages']);
			// The textarea holds one weekly slot per line.
			const availability = String(fields.availability ?? '')
				.split(/\s+/)
				.filter(Boolean);
			await saveSupporterOffer(ctxFor(event), { ...fields, availability } as Parameters<
				typeof saveSupporterOffer
			>[1]);
			return { saved: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	pause: async (event) => {
		try {
			const { paused } = formFields(await readForm(event.request));
			await setOfferPause(ctxFor(event), { paused });
			return { pausedChanged: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	coolDown: async (event) => {
		try {
			const { duration } = formFields(await readForm(event.request));
			await setCoolDown(ctxFor(event), { duration: duration as never });
			return { coolDownSet: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	liftCoolDown: async (event) => {
		try {
			await readForm(event.request);
			await liftCoolDown(ctxFor(event));
			return { coolDownLifted: true as const };
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
			if (result.status === 'declined') return { declined: true as const };
			accompanimentId = result.accompanimentId;
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		redirect(303, `/accompagnements/${accompanimentId}`);
	}
};
