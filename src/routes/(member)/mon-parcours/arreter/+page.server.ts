import { redirect } from '@sveltejs/kit';
import { stepDown, stepDownForm, type Plan } from '$core/pathway';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await stepDownForm(ctxFor(event));
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

/** `plan-<accompanimentId>` = 'keep' | 'farewell' | 'to-<supporterId>': one choice per accompaniment. */
function plansFrom(fields: Record<string, string>): Plan[] {
	return Object.entries(fields).flatMap(([name, value]): Plan[] => {
		if (!name.startsWith('plan-')) return [];
		const accompanimentId = name.slice('plan-'.length);
		if (value.startsWith('to-'))
			return [{ accompanimentId, action: 'handover', toSupporterId: value.slice(3) }];
		return [{ accompanimentId, action: value } as Plan];
	});
}

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			await stepDown(ctxFor(event), {
				kind: fields.kind as 'pause',
				retireIdentity: fields.retireIdentity === 'yes',
				message: fields.message ?? '',
				plans: plansFrom(fields)
			});
			redirect(303, '/mon-parcours');
		})
};
