import { alertDifficultConversation, myAccompanimentAlerts, supporterAvailability } from '$core/care';
import { accompanimentConversationId } from '$core/conversations';
import { blockPerson, endAccompaniment, getAccompaniment } from '$core/matching';
import { isPlanSharedWithMe } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const accompaniment = await getAccompaniment(ctx, { accompanimentId: event.params.accompanimentId });
		const conversationId = await accompanimentConversationId(ctx, {
			accompanimentId: accompaniment.accompanimentId
		});
		const [availability, alerts, planShared] = await Promise.all([
			supporterAvailability(ctx, { accompanimentId: accompaniment.accompanimentId }),
			myAccompanimentAlerts(ctx, { accompanimentId: accompaniment.accompanimentId }),
			accompaniment.actorIsSupporter
				? isPlanSharedWithMe(ctx, { accompanimentId: accompaniment.accompanimentId })
				: false
		]);
		return { accompaniment, conversationId, availability, alerts, planShared };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	end: async (event) => {
		try {
			await readForm(event.request);
			await endAccompaniment(ctxFor(event), { accompanimentId: event.params.accompanimentId });
			return settled(event, { ended: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	alert: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { note } = formFields(form);
			await alertDifficultConversation(ctxFor(event), {
				accompanimentId: event.params.accompanimentId,
				note
			});
			return settled(event, { alerted: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	// The other party is read from the accompaniment, never from the form: one can only block the person
	// one is actually accompanied by (or accompanying) here.
	block: async (event) => {
		try {
			await readForm(event.request);
			const ctx = ctxFor(event);
			const accompaniment = await getAccompaniment(ctx, { accompanimentId: event.params.accompanimentId });
			const other = accompaniment.actorIsSupporter ? accompaniment.requesterId : accompaniment.supporterId;
			await blockPerson(ctx, { accountId: other });
			return settled(event, { blocked: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
