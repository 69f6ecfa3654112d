import { createHash } from 'node:crypto';
import type { ReadableCopy } from '$core/my-data';
import { formatDate, formatTime, translate, type Locale, type MessageKey } from '$i18n';
import { readableJournal } from './readable-copy-journal';
import { readablePlan } from './readable-copy-plan';
import { readableKnowledge } from './readable-copy-knowledge';

const ROLE = {
	member: 'role.member',
	peer_supporter: 'role.peer_supporter',
	relative: 'role.relative',
	professional: 'role.professional',
	moderator: 'role.moderator',
	coordinator: 'role.coordinator'
} as const satisfies Record<string, MessageKey>;
const STATUS = { pending: 'status.pending', active: 'status.active' } as const satisfies Record<
	string,
	MessageKey
>;
const VISIBILITY = {
	only_me: 'profile.visibility.only_me',
	my_supporters: 'profile.visibility.my_supporters',
	my_organisations: 'profile.visibility.my_organisations',
	instance: 'profile.visibility.instance'
} as const satisfies Record<string, MessageKey>;
const FORMAT = {
	chat: 'format.chat',
	phone: 'format.phone',
	video: 'format.video',
	in_person: 'format.in_person'
} as const satisfies Record<string, MessageKey>;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Self-contained: no script, no image, no font, no link to fetch; print rules drop the screen frills. */
const STYLE = `
body { font: 1.0625rem/1.5 system-ui, sans-serif; color: #1f1b16; background: #fff; margin: 0 auto; padding: 1rem; max-width: 42rem; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #857a6e; } h3 { font-size: 1.1rem; }
dt { font-weight: 700; } dd { margin: 0 0 0.5rem; }
.muted { color: #574e45; }
ol.messages { list-style: none; padding: 0; }
ol.messages li { border-left: 4px solid #857a6e; padding: 0.25rem 0.75rem; margin: 0.75rem 0; break-inside: avoid; }
ol.messages li.mine { border-left-color: #2a6356; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.25rem 0; }
.meta { margin: 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .screen-only { display: none; }
  h2 { break-after: avoid; } section { break-inside: auto; }
}`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** The content security policy of the copy: only its own inline style, nothing fetched, nothing run. */
export const READABLE_COPY_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** "lundi 18:00–20:00" from "mon-18:00-20:00" (an unreadable slot is shown as stored). */
function slot(locale: Locale, code: string): string {
	const [day, from, to] = code.split('-');
	const index = DAYS.indexOf(day ?? '');
	if (index < 0 || !from || !to) return code;
	// 2024-01-01 was a Monday.
	const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, 1 + index))
	);
	return `${weekday} ${from}–${to}`;
}

/** The readable, printable copy of one's data: a complete HTML document in the person's language. */
export function readableCopyPage(copy: ReadableCopy, locale: Locale): string {
	const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
		escapeHtml(translate(locale, key, params));
	const day = (value: Date) => escapeHtml(formatDate(locale, value));
	const at = (value: Date) => escapeHtml(`${formatDate(locale, value)}, ${formatTime(locale, value)}`);
	const label = <K extends string>(map: Record<K, MessageKey>, value: string) =>
		value in map ? t(map[value as K]) : escapeHtml(value);
	const list = (items: string[]) =>
		items.length
			? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
			: `<p>${t('myData.copy.nothing')}</p>`;
	const text = (value: string) => escapeHtml(value);

	const account = copy.account
		? `<dl>
<dt>${t('myData.copy.pseudonym')}</dt><dd>${text(copy.account.pseudonym)}</dd>
<dt>${t('myData.copy.email')}</dt><dd>${copy.account.email ? text(copy.account.email) : t('myData.copy.noEmail')}</dd>
<dt>${t('myData.copy.createdAt')}</dt><dd>${day(copy.account.createdAt)}</dd>
</dl>`
		: '';
	const memberships = list(
		copy.memberships.map(
			(membership) =>
				`<strong>${text(membership.organisation)}</strong> · ${label(ROLE, membership.role)} · ${label(STATUS, membership.status)} · ${t('myData.copy.requestedAt', { date: formatDate(locale, membership.requestedAt) })}`
		)
	);
	const experiences = list(
		copy.experiences.map(
			(experience) =>
				`<strong>${text(experience.label)}</strong>${experience.detail ? `<p class="body">${text(experience.detail)}</p>` : ''}${experience.period ? `<p>${t('myData.copy.period', { period: experience.period })}</p>` : ''}<p class="muted">${t('myData.copy.visibility', { who: translate(locale, VISIBILITY[experience.visibility as keyof typeof VISIBILITY] ?? 'profile.visibility.only_me') })}</p>`
		)
	);
	const offer = copy.offer
		? `<dl>
<dt>${t('myData.copy.offerExperiences')}</dt><dd>${list(copy.offer.experiences.map(text))}</dd>
<dt>${t('myData.copy.introduction')}</dt><dd class="body">${copy.offer.introduction ? text(copy.offer.introduction) : t('myData.copy.nothing')}</dd>
<dt>${t('myData.copy.availability')}</dt><dd>${copy.offer.availability.length ? copy.offer.availability.map((code) => text(slot(locale, code))).join(', ') : t('myData.copy.anyTime')}</dd>
<dt>${t('myData.copy.formats')}</dt><dd>${copy.offer.formats.map((format) => label(FORMAT, format)).join(', ')}</dd>
${copy.offer.area ? `<dt>${t('myData.copy.area')}</dt><dd>${text(copy.offer.area)}</dd>` : ''}
</dl>
<p>${t('myData.copy.capacity', { count: copy.offer.capacity })}${copy.offer.paused ? ` · ${t('myData.copy.paused')}` : ''}</p>`
		: `<p>${t('myData.copy.nothing')}</p>`;
	const requests = copy.helpRequests.length
		? copy.helpRequests
				.map(
					(
						request
					) => `<h3>${t('myData.copy.helpRequest', { date: formatDate(locale, request.createdAt) })} · ${t(request.status === 'open' ? 'myData.copy.open' : 'help.closed')}</h3>
${list(request.experiences.map(text))}
${request.hopes ? `<p><strong>${t('myData.copy.hopes')}</strong></p><p class="body">${text(request.hopes)}</p>` : ''}`
				)
				.join('\n')
		: `<p>${t('myData.copy.nothing')}</p>`;
	const conversations = copy.conversations.length
		? copy.conversations.map((conversation) => readableConversation(conversation, locale, t, at)).join('\n')
		: `<p>${t('myData.copy.nothing')}</p>`;

	const sessions = readableSessions(copy.sessions, t, day, list);

	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('myData.copy.title')}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t('myData.copy.title')}</h1>
<p>${t('myData.copy.made', { date: formatDate(locale, copy.exportedAt), time: formatTime(locale, copy.exportedAt) })}</p>
<p>${t('myData.copy.intro')}</p>
<p class="screen-only muted">${t('myData.copy.printHint')}</p>
<section aria-labelledby="account"><h2 id="account">${t('myData.copy.account')}</h2>${account}</section>
<section aria-labelledby="memberships"><h2 id="memberships">${t('myData.copy.memberships')}</h2>${memberships}</section>
<section aria-labelledby="experiences"><h2 id="experiences">${t('myData.copy.experiences')}</h2>${experiences}</section>
<section aria-labelledby="offer"><h2 id="offer">${t('myData.copy.offer')}</h2>${offer}</section>
<section aria-labelledby="requests"><h2 id="requests">${t('myData.copy.helpRequests')}</h2>${requests}</section>
<section aria-labelledby="sessions"><h2 id="sessions">${t('calendars.copy.title')}</h2>${sessions}</section>
<section aria-labelledby="conversations"><h2 id="conversations">${t('myData.copy.conversations')}</h2>${conversations}</section>
${readableJournal(copy.journal, locale)}
${readableKnowledge(copy.knowledge, locale)}
${readablePlan(copy.plan, locale)}
</main>
</body>
</html>
`;
}

function readableConversation(
	conversation: ReadableCopy['conversations'][number],
	locale: Locale,
	t: (key: MessageKey, params?: Record<string, string | number>) => string,
	at: (value: Date) => string
): string {
	const erased = translate(locale, 'conversations.deletedMember');
	const title =
		conversation.kind === 'group'
			? t('groups.title', { title: conversation.title ?? '' })
			: t('conversation.title', { names: conversation.others.join(', ') || erased });
	const messages = conversation.messages.map((message) => {
		const author =
			message.author === 'me' ? t('myData.copy.me') : escapeHtml(message.author?.pseudonym ?? erased);
		const body = message.deleted
			? `<p class="muted"><em>${t('conversation.deletedMessage')}</em></p>`
			: message.hidden
				? `<p class="muted"><em>${t('moderation.hiddenMessage')}</em></p>`
				: `<p class="body">${escapeHtml(message.body ?? '')}</p>`;
		const edited = message.editedAt && !message.deleted ? ` (${t('conversation.editedMark')})` : '';
		return `<li${message.author === 'me' ? ' class="mine"' : ''}><p class="meta"><strong>${author}</strong> <span class="muted">${at(message.createdAt)}${edited}</span></p>${body}</li>`;
	});
	return `<section>
<h3>${title}</h3>
<p class="muted">${t('myData.copy.since', { date: formatDate(locale, conversation.joinedAt) })}</p>
${messages.length ? `<ol class="messages">${messages.join('\n')}</ol>` : `<p>${t('myData.copy.noMessages')}</p>`}
</section>`;
}

/** The sessions part of the copy: registrations (group, date, status, attendance), choices, feed dates. */
function readableSessions(
	record: ReadableCopy['sessions'],
	t: (key: MessageKey, params?: Record<string, string | number>) => string,
	day: (value: Date) => string,
	list: (items: string[]) => string
): string {
	const registrations = list(
		record.registrations.map(
			(registration) =>
				`<strong>${escapeHtml(registration.group)}</strong> · ${day(registration.startsAt)} · ${t(`calendars.copy.status.${registration.status}` as MessageKey)}${registration.attended === null ? '' : ` · ${t(registration.attended ? 'calendars.attendance.came' : 'calendars.attendance.missed')}`}`
		)
	);
	const yes = (value: boolean | undefined) => t(value ? 'calendars.copy.yes' : 'calendars.copy.no');
	const choices = `<p>${t('calendars.copy.choices', { discreet: yes(record.preferences?.discreet), reminders: yes(record.preferences?.reminders) })}</p>`;
	const feeds = list(
		record.calendarFeeds.map(
			(feed) =>
				`${t('calendars.feed.createdAt', { date: day(feed.createdAt) })}${feed.revokedAt ? ` · ${t('calendars.feed.revokedAt', { date: day(feed.revokedAt) })}` : ''}`
		)
	);
	return `${registrations}${choices}<h3>${t('calendars.copy.feeds')}</h3>${feeds}`;
}
