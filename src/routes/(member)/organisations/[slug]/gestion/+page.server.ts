import {
	createInvitation,
	listMembers,
	manageMembership,
	setDefaultRetention,
	updateOrganisation
} from '$core/organisations';
import { listPendingJoinRequests } from '$core/notifications';
import { knowledgeSettings, setKnowledgePublic } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const { organisation, members } = await listMembers(ctx, { slug: event.params.slug, view: 'management' });
		// Dated, oldest first, with the person's message (listMembers allowed the management view).
		const [pending, knowledge] = await Promise.all([
			listPendingJoinRequests(ctx, { organisationId: organisation.id }),
			knowledgeSettings(ctx, { slug: event.params.slug })
		]);
		return { organisation, members, pending, knowledge, me: event.locals.actor!.accountId };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	membership: (event) =>
		runFormAction(event, async (fields) => {
			await manageMembership(ctxFor(event), { ...fields, slug: event.params.slug } as Parameters<
				typeof manageMembership
			>[1]);
			return settled(event, { done: true as const });
		}),
	invite: (event) =>
		runFormAction(event, async (fields) => {
			const invitation = await createInvitation(ctxFor(event), { ...fields, slug: event.params.slug });
			return { invitationUrl: new URL(`/invitation/${invitation.token}`, event.url).toString() };
		}),
	retention: (event) =>
		runFormAction(event, async (fields) => {
			await setDefaultRetention(ctxFor(event), {
				slug: event.params.slug,
				retention: fields.retention as never
			});
			return settled(event, { retentionSaved: true as const });
		}),
	knowledgePublic: (event) =>
		runFormAction(event, async (fields) => {
			const { withdrawn } = await setKnowledgePublic(ctxFor(event), {
				slug: event.params.slug,
				allowed: fields.allowed === 'on'
			});
			return settled(event, { knowledgeSaved: withdrawn }, 'knowledge-public');
		}),
	settings: (event) =>
		runFormAction(event, async (fields) => {
			await updateOrganisation(ctxFor(event), { ...fields, slug: event.params.slug } as Parameters<
				typeof updateOrganisation
			>[1]);
			return settled(event, { saved: true as const });
		})
};
