import {
	contributionForm,
	getContribution,
	linkContributions,
	unlinkContributions,
	updateContribution
} from '$core/knowledge';
import { searchExperiences, viewProfile } from '$core/matching';
import { hasPlan } from '$core/plans';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import {
	contributionIdIn,
	runContributionForm,
	searchInContributionForm
} from '$lib/server/contribution-forms';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	try {
		const contribution = await getContribution(ctx, { contributionId: event.params.id, locale });
		if (!contribution.can.edit) throw new DomainError('FORBIDDEN', 'error.contribution.cannotEdit');
		const [form, experienceOptions, profile, planWritten] = await Promise.all([
			contributionForm(ctx),
			searchExperiences(ctx, { locale }),
			viewProfile(ctx, { accountId: event.locals.actor!.accountId, locale }),
			hasPlan(ctx)
		]);
		return {
			contribution,
			...form,
			experienceOptions,
			profileIds: profile.experiences.map((entry) => entry.experienceId),
			hasPlan: planWritten
		};
	} catch (error) {
		pageError(error, locale);
	}
};

const contributionId = (event: { params: { id: string } }) => event.params.id;

export const actions: Actions = {
	// A form sends every field: an unticked box means "no", an empty list "none".
	save: (event) =>
		runContributionForm(event, async (fields) => {
			const saved = await updateContribution(ctxFor(event), {
				researchConsent: false,
				keepOnErasure: false,
				...fields,
				contributionId: contributionId(event)
			} as never);
			return settled(event, { saved: saved.version, versionMade: saved.versionMade, changed: saved.changed });
		}),
	chercher: searchInContributionForm,
	link: (event) =>
		runFormAction(event, async (fields) => {
			await linkContributions(ctxFor(event), {
				fromId: contributionId(event),
				toId: contributionIdIn(fields.toId),
				kind: fields.kind as never
			});
			return settled(event, { linked: true }, 'links');
		}),
	unlink: (event) =>
		runFormAction(event, async (fields) => {
			await unlinkContributions(ctxFor(event), { fromId: contributionId(event), toId: fields.toId ?? '' });
			return settled(event, { unlinked: true }, 'links');
		})
};
