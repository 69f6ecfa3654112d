import { redirect } from '@sveltejs/kit';
import { contributionForm, createContribution } from '$core/knowledge';
import { searchExperiences, viewProfile } from '$core/matching';
import { hasPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { runContributionForm, searchInContributionForm } from '$lib/server/contribution-forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	try {
		const [form, experienceOptions, profile, planWritten] = await Promise.all([
			contributionForm(ctx),
			searchExperiences(ctx, { locale }),
			viewProfile(ctx, { accountId: event.locals.actor!.accountId, locale }),
			hasPlan(ctx)
		]);
		return {
			...form,
			experienceOptions,
			profileIds: profile.experiences.map((entry) => entry.experienceId),
			hasPlan: planWritten
		};
	} catch (error) {
		pageError(error, locale);
	}
};

export const actions: Actions = {
	// The submit buttons say whether it is published or kept as a draft (`status`).
	create: (event) =>
		runContributionForm(event, async (fields) => {
			const { id } = await createContribution(ctxFor(event), fields as never);
			redirect(303, `/savoirs/${id}`);
		}),
	chercher: searchInContributionForm
};
