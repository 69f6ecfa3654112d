import {
	decideExperienceProposal,
	mergeExperiences,
	renameExperience,
	vocabularyAdministration
} from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	await event.parent();
	try {
		const { proposals, entries } = await vocabularyAdministration(ctxFor(event));
		const selectedId = event.url.searchParams.get('entree');
		const selected = entries.find((entry) => entry.id === selectedId) ?? null;
		return { proposals, entries, selected };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	decide: async (event) => {
		try {
			const fields = formFields(await readForm(event.request));
			const decided = await decideExperienceProposal(
				ctxFor(event),
				fields as Parameters<typeof decideExperienceProposal>[1]
			);
			return settled(event, { decided: decided.status });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	rename: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			await renameExperience(ctxFor(event), formFields(form) as Parameters<typeof renameExperience>[1]);
			return settled(event, { renamed: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	merge: async (event) => {
		try {
			const fields = formFields(await readForm(event.request));
			const merged = await mergeExperiences(ctxFor(event), fields as Parameters<typeof mergeExperiences>[1]);
			return settled(event, { merged: true as const, ...merged.repointed });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
