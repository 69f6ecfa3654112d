import { readContent, type PlanRecord } from '$core/plans';
import { formatDate, formatTime, translate, type Locale, type MessageKey } from '$i18n';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const SECTIONS: ReadonlyArray<[keyof ReturnType<typeof readContent>, MessageKey]> = [
	['warningSigns', 'plan.section.warningSigns'],
	['whatHelps', 'plan.section.whatHelps'],
	['whatDoesNotHelp', 'plan.section.whatDoesNotHelp'],
	['carePreferences', 'plan.section.carePreferences'],
	['treatments', 'plan.section.treatments'],
	['children', 'plan.section.children'],
	['pets', 'plan.section.pets'],
	['home', 'plan.section.home'],
	['money', 'plan.section.money'],
	['advanceWishes', 'plan.section.advanceWishes']
];

/**
 * The readable copy's section for the person's plan: every version, newest first, with what it said; the
 * shares (a supporter's share by its accompaniment, a link by the name given) and each opening. Nothing
 * about anyone else's plan. `undefined` (a copy made before plans existed) or no plan: said so.
 */
export function readablePlan(record: PlanRecord | undefined, locale: Locale): string {
	const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
		escapeHtml(translate(locale, key, params));
	const at = (value: Date) => ({ date: formatDate(locale, value), time: formatTime(locale, value) });
	const plan = record?.plan;
	if (!plan || plan.versions.length === 0)
		return `<section aria-labelledby="plan"><h2 id="plan">${t('plan.page.title')}</h2><p>${t('plan.page.empty')}</p></section>`;
	const versions = [...plan.versions]
		.reverse()
		.map((version) => {
			const content = readContent(version.content);
			const rows = SECTIONS.filter(([field]) => content[field])
				.map(
					([field, label]) =>
						`<dt>${t(label)}</dt><dd class="body">${escapeHtml(String(content[field]))}</dd>`
				)
				.join('');
			const contacts = content.contacts.length
				? `<dt>${t('plan.section.contacts')}</dt>${content.contacts
						.map((contact) => `<dd>${escapeHtml(contact.name)} — ${escapeHtml(contact.phone)}</dd>`)
						.join('')}`
				: '';
			return `<h3>${t('plan.versions.item', { version: version.number, ...at(version.createdAt) })}</h3><dl>${rows}${contacts}</dl>`;
		})
		.join('\n');
	const shares = plan.shares.length
		? `<ul>${plan.shares
				.map((share) => {
					const what =
						share.kind === 'link'
							? t('plan.share.list.link', {
									name: share.recipientName,
									date: formatDate(locale, share.expiresAt ?? share.createdAt)
								})
							: t('plan.share.supporters.title');
					const revoked = share.revokedAt ? ` — ${t('plan.share.state.revoked')}` : '';
					return `<li>${what}${revoked}</li>`;
				})
				.join('')}</ul>`
		: `<p>${t('plan.share.list.none')}</p>`;
	const accesses = plan.accesses.length
		? `<ul>${plan.accesses
				.map((access) => {
					const when = at(access.openedAt);
					const link = plan.shares.find((share) => share.id === access.shareId && share.kind === 'link');
					return link
						? `<li>${t('plan.accesses.link', { name: link.recipientName, ...when })}</li>`
						: `<li>${t('plan.share.supporters.title')} — ${escapeHtml(`${when.date}, ${when.time}`)}</li>`;
				})
				.join('')}</ul>`
		: `<p>${t('plan.accesses.none')}</p>`;
	return `<section aria-labelledby="plan"><h2 id="plan">${t('plan.page.title')}</h2>${versions}
<h3>${t('plan.share.list.title')}</h3>${shares}
<h3>${t('plan.accesses.title')}</h3>${accesses}</section>`;
}
