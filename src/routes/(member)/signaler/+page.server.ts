import { error } from '@sveltejs/kit';
import { createReport, SUBJECT_KINDS, type SubjectKind } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import { translate } from '$i18n';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?type=message|profile|help_request&id=<uuid>`: what is reported. Whether the person may see it is checked on submit. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const type = url.searchParams.get('type') ?? '';
	const id = url.searchParams.get('id') ?? '';
	if (!(SUBJECT_KINDS as readonly string[]).includes(type) || !UUID.test(id))
		error(404, translate(locals.locale, 'error.not_found'));
	return { subjectKind: type as SubjectKind, subjectId: id };
};

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const fields = formFields(form);
			const result = await createReport(ctxFor(event), {
				subjectKind: (fields.subjectKind ?? '') as SubjectKind,
				subjectId: fields.subjectId ?? '',
				reason: (fields.reason ?? '') as 'other',
				details: fields.details ?? ''
			});
			return settled(event, {
				reported: true as const,
				created: result.created,
				reason: fields.reason ?? null
			});
		} catch (caught) {
			return formFailure(caught, event.locals.locale, form);
		}
	}
};
