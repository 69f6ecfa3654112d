import { createPath, enrolInPath, listPaths, MAX_STEPS, type CreatePathInput } from '$core/pathway';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await listPaths(ctxFor(event), { slug: event.params.slug });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

/** The form's step rows (step1Title, step1Completion, step1Group…): the filled ones, in order. */
function stepsFrom(fields: Record<string, string>) {
	return Array.from({ length: MAX_STEPS }, (_, index) => ({
		title: fields[`step${index + 1}Title`] ?? '',
		completion: fields[`step${index + 1}Completion`] ?? '',
		groupId: fields[`step${index + 1}Group`] ?? ''
	})).filter((step) => step.title.trim() !== '');
}

export const actions: Actions = {
	create: (event) =>
		runFormAction(event, async (fields) => {
			const { pathId } = await createPath(ctxFor(event), {
				slug: event.params.slug,
				title: fields.title ?? '',
				description: fields.description ?? '',
				steps: stepsFrom(fields) as CreatePathInput['steps']
			});
			return settled(event, { created: pathId });
		}),
	enrol: (event) =>
		runFormAction(event, async ({ pathId }) => {
			await enrolInPath(ctxFor(event), { pathId: pathId ?? '' });
			return settled(event, { enrolled: true });
		})
};
