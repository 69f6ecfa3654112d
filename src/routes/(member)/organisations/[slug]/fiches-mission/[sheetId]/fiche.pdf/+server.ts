import { getMissionSheet } from '$core/pathway';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import { missionSheetPdf } from '$lib/server/mission-sheet-pdf';
import type { RequestHandler } from './$types';

/** The mission sheet's version in force as a PDF, with its signatures, for the supporter and coordinators. */
export const GET: RequestHandler = async (event) => {
	try {
		const sheet = await getMissionSheet(ctxFor(event), { sheetId: event.params.sheetId });
		if (sheet.organisation.slug !== event.params.slug) throw new DomainError('NOT_FOUND');
		const pdf = await missionSheetPdf(sheet, event.locals.locale);
		return new Response(pdf as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `inline; filename="fiche-de-mission-v${sheet.current.version}.pdf"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
