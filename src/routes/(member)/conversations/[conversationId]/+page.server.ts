import { randomUUID } from 'node:crypto';
import {
	blockConversationPartner,
	deleteMessage,
	editMessage,
	readConversation,
	sendMessage,
	setMuted,
	setRetention
} from '$core/conversations';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const conversation = await readConversation(ctxFor(event), {
			conversationId: event.params.conversationId,
			before: event.url.searchParams.get('avant') ?? undefined
		});
		// The id of the next message, made here so that a form posted twice (a reload, a double click,
		// a flaky network) stores it once, with or without JavaScript.
		return { ...conversation, nextMessageId: randomUUID() };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	send: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { messageId, body } = formFields(form);
			const sent = await sendMessage(ctxFor(event), {
				conversationId: event.params.conversationId,
				messageId: messageId ?? '',
				body: body ?? ''
			});
			return { sent: true as const, crisis: sent.crisisLanguage };
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	edit: async (event) => {
		try {
			const { messageId, body } = formFields(await readForm(event.request));
			await editMessage(ctxFor(event), {
				conversationId: event.params.conversationId,
				messageId: messageId ?? '',
				body: body ?? ''
			});
			return { edited: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	delete: async (event) => {
		try {
			const { messageId } = formFields(await readForm(event.request));
			await deleteMessage(ctxFor(event), {
				conversationId: event.params.conversationId,
				messageId: messageId ?? ''
			});
			return { deleted: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	block: async (event) => {
		try {
			await readForm(event.request);
			await blockConversationPartner(ctxFor(event), { conversationId: event.params.conversationId });
			return { blocked: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	settings: async (event) => {
		try {
			const { retention, muted } = formFields(await readForm(event.request));
			const ctx = ctxFor(event);
			const conversationId = event.params.conversationId;
			await setRetention(ctx, { conversationId, retention: retention as never });
			await setMuted(ctx, { conversationId, muted: muted ?? '' });
			return { settingsSaved: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
