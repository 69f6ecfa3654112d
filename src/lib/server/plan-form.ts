import type { Cookies } from '@sveltejs/kit';
import { CONTACT_ROWS, PLAN_TEXT_SECTIONS, type PlanContentInput } from '$core/plans';

/**
 * The plan form's fields as the use case's input: one field per section, and contact rows named
 * `contacts.N.name` / `contacts.N.phone` (so a field error lands on its row); empty rows are dropped.
 */
export function planFromForm(fields: Record<string, string>): PlanContentInput {
	const plan: Record<string, unknown> = {};
	for (const section of PLAN_TEXT_SECTIONS) plan[section] = fields[section] ?? '';
	const contacts: Array<{ name: string; phone: string }> = [];
	for (let row = 0; row < CONTACT_ROWS; row++) {
		const name = fields[`contacts.${row}.name`] ?? '';
		const phone = fields[`contacts.${row}.phone`] ?? '';
		if (name.trim() || phone.trim()) contacts.push({ name, phone });
	}
	plan.contacts = contacts;
	return plan as PlanContentInput;
}

/** A PDF download: private, never stored by a cache, shown inline by the browser (it may still save it). */
export function pdfResponse(bytes: Uint8Array, filename: string): Response {
	return new Response(bytes as unknown as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(bytes.byteLength),
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}

const LINK_COOKIE = 'ep_plan_link';
const SHARE_PAGE = '/mon-plan/partage';

/**
 * A new link's address travels from the action that made it to the page that shows it once (303 after
 * POST, no JavaScript needed) in a short-lived cookie sent only to that page, deleted as it is shown.
 */
export function holdPlanLinkForDisplay(cookies: Cookies, url: URL, link: string): void {
	cookies.set(LINK_COOKIE, link, {
		path: SHARE_PAGE,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 10 * 60
	});
}

/** The link waiting to be shown (and forgets it), or null. */
export function takePlanLinkForDisplay(cookies: Cookies, url: URL): string | null {
	const held = cookies.get(LINK_COOKIE);
	if (!held) return null;
	cookies.delete(LINK_COOKIE, { path: SHARE_PAGE });
	return held.startsWith(`${url.origin}/plan-partage/`) ? held : null;
}
