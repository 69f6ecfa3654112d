import type { Journal } from '$core/gatherings';
import { formatDate, formatTime, translate, type Locale, type MessageKey } from '$i18n';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const PROMPTS = [
	['whatWasHard', 'debrief.prompt.hard'],
	['whatHelped', 'debrief.prompt.helped'],
	['whatINeed', 'debrief.prompt.need']
] as const;

/**
 * The readable copy's sections for the debrief journal and the intervision notes the person wrote (only
 * theirs: the journal holds nothing else). `undefined` (a copy made before the journal existed) is empty.
 */
export function readableJournal(journal: Journal | undefined, locale: Locale): string {
	const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
		escapeHtml(translate(locale, key, params));
	const at = (value: Date) => `${formatDate(locale, value)}, ${formatTime(locale, value)}`;
	const nothing = `<p>${t('myData.copy.nothing')}</p>`;
	const debriefs = journal?.debriefNotes.length
		? journal.debriefNotes
				.map((note) => {
					const answers = PROMPTS.filter(([field]) => note[field])
						.map(([field, label]) => `<dt>${t(label)}</dt><dd class="body">${escapeHtml(note[field])}</dd>`)
						.join('');
					const shared =
						note.sharedWith && note.sharedAt
							? `<p class="muted">${t('myData.copy.debriefShared', { organisation: note.sharedWith, date: formatDate(locale, note.sharedAt) })}</p>`
							: '';
					return `<h3>${t('debrief.note.heading', { date: formatDate(locale, note.createdAt), time: formatTime(locale, note.createdAt) })}</h3><dl>${answers}</dl>${shared}`;
				})
				.join('\n')
		: nothing;
	const intervision = journal?.intervisionNotes.length
		? `<ul>${journal.intervisionNotes
				.map(
					(note) =>
						`<li><p class="meta"><strong>${t('myData.copy.intervisionNote', {
							group: note.group,
							date: at(note.startsAt),
							part: translate(locale, `intervision.part.${note.part}` as MessageKey)
						})}</strong></p><p class="body">${escapeHtml(note.body)}</p></li>`
				)
				.join('')}</ul>`
		: nothing;
	return `<section aria-labelledby="journal"><h2 id="journal">${t('myData.copy.journal')}</h2>${debriefs}</section>
<section aria-labelledby="intervision"><h2 id="intervision">${t('myData.copy.intervision')}</h2>${intervision}</section>`;
}
