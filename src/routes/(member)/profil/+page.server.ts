import {
	PREVIEW_AUDIENCES,
	removeProfileExperience,
	saveProfileExperience,
	searchExperiences,
	viewProfile
} from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	const requested = event.url.searchParams.get('voir');
	const previewAs = PREVIEW_AUDIENCES.find((audience) => audience === requested);
	const query = event.url.searchParams.get('q') ?? '';
	try {
		const [profile, options] = await Promise.all([
			viewProfile(ctx, { accountId: event.locals.actor!.accountId, previewAs, locale }),
			searchExperiences(ctx, { query, locale })
		]);
		return { profile, options, query };
	} catch (error) {
		pageError(error, locale);
	}
};

export const actions: Actions = {
	save: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			await saveProfileExperience(
				ctxFor(event),
				formFields(form) as Parameters<typeof saveProfileExperience>[1]
			);
			return { saved: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	remove: async (event) => {
		try {
			const { experienceId } = formFields(await readForm(event.request));
			await removeProfileExperience(ctxFor(event), { experienceId } as Parameters<
				typeof removeProfileExperience
			>[1]);
			return { removed: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
