import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import {
	addableMembers,
	addGroupParticipants,
	blockConversationPartner,
	leaveConversation,
	deleteMessage,
	editMessage,
	readConversation,
	sendMessage,
	setMuted,
	setPresenceVisibility,
	setRetention
} from '$core/conversations';
import { supporterAvailability } from '$core/care';
import { createDraftFromMessage, requestQuoteConsent } from '$core/knowledge';
import { hasPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { viewConversation } from '$lib/server/presence-stream';
import { getRuntime } from '$lib/server/runtime';
import { formFields, formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import { shownMessage } from './shown-message';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const conversationId = event.params.conversationId;
		const conversation = await readConversation(ctx, {
			conversationId,
			before: event.url.searchParams.get('avant') ?? undefined
		});
		// Read at once, each on its own connection with PostgreSQL. In an accompaniment whose supporter is
		// away, the person accompanied sees who else to turn to (not once the accompaniment is gone with an
		// erased account). Viewing the page counts as being there and reads the messages (recorded in the
		// process's next batch, not by this request); who shows as online is read once, at load (no JavaScript).
		const { kind, accompanimentId } = conversation.conversation;
		const [addable, availability, { presence, unreadFrom }, planWritten] = await Promise.all([
			kind === 'group' ? addableMembers(ctx, { conversationId }) : null,
			accompanimentId !== null ? supporterAvailability(ctx, { conversationId }) : null,
			viewConversation(ctx, getRuntime().hub, {
				conversationId,
				readUpTo: conversation.readUpTo,
				unreadFrom: conversation.unreadFrom
			}),
			// The crisis panel offers the writer's own plan when they have one.
			hasPlan(ctx)
		]);
		const { readUpTo: _recorded, ...shown } = conversation;
		// The id of the next message, made here so that a form posted twice (a reload, a double click,
		// a flaky network) stores it once, with or without JavaScript.
		return {
			...shown,
			messages: shown.messages.map(shownMessage),
			unreadFrom,
			addable,
			availability,
			presence,
			nextMessageId: randomUUID(),
			hasPlan: planWritten
		};
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
			// Without JavaScript the page opens again at the message just sent.
			return settled(event, { sent: true as const, crisis: sent.crisisLanguage }, `message-${sent.seq}`);
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
			return settled(event, { edited: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	// A message of one's own becomes a draft contribution; someone else's needs their consent (asked here).
	toKnowledge: async (event) => {
		let draftId: string;
		try {
			const { messageId } = formFields(await readForm(event.request));
			draftId = (await createDraftFromMessage(ctxFor(event), { messageId: messageId ?? '' })).id;
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		redirect(303, `/savoirs/${draftId}/modifier`);
	},
	askQuote: async (event) => {
		let draftId: string;
		try {
			const { messageId } = formFields(await readForm(event.request));
			const ctx = ctxFor(event);
			const consent = await requestQuoteConsent(ctx, { messageId: messageId ?? '' });
			if (consent.status !== 'granted')
				return settled(event, { quote: consent.status === 'refused' ? 'refused' : 'asked' });
			draftId = (await createDraftFromMessage(ctx, { messageId: messageId ?? '' })).id;
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		redirect(303, `/savoirs/${draftId}/modifier`);
	},
	delete: async (event) => {
		try {
			const { messageId } = formFields(await readForm(event.request));
			await deleteMessage(ctxFor(event), {
				conversationId: event.params.conversationId,
				messageId: messageId ?? ''
			});
			return settled(event, { deleted: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	block: async (event) => {
		try {
			const { accountId } = formFields(await readForm(event.request));
			await blockConversationPartner(ctxFor(event), {
				conversationId: event.params.conversationId,
				accountId: accountId || undefined
			});
			return settled(event, { blocked: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	add: async (event) => {
		try {
			const { participantIds } = formFieldsWithLists(await readForm(event.request), ['participantIds']);
			await addGroupParticipants(ctxFor(event), {
				conversationId: event.params.conversationId,
				participantIds: participantIds as string[]
			});
			return settled(event, { added: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	leave: async (event) => {
		try {
			await readForm(event.request);
			await leaveConversation(ctxFor(event), { conversationId: event.params.conversationId });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		redirect(303, '/conversations?quittee');
	},
	presence: async (event) => {
		try {
			const { visible } = formFields(await readForm(event.request));
			// A checked box sends "on"; an unchecked one sends nothing.
			await setPresenceVisibility(ctxFor(event), {
				conversationId: event.params.conversationId,
				visible: visible === 'on'
			});
			return settled(event, { presenceSaved: true as const });
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
			return settled(event, { settingsSaved: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
