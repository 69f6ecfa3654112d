import type { KnowledgeRecord } from '$core/knowledge';
import { formatDate, translate, type Locale, type MessageKey } from '$i18n';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The readable copy's section for the knowledge commons: the person's contributions with every version
 * they wrote, their versions of others' contributions, their confirmations and nuances, their proposed
 * revisions, reading lists and hidden topics. Texts are shown as written (Markdown source, escaped),
 * never rendered. `undefined` (a copy made before the module existed) is empty.
 */
export function readableKnowledge(record: KnowledgeRecord | undefined, locale: Locale): string {
	const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
		escapeHtml(translate(locale, key, params));
	const day = (value: Date) => formatDate(locale, value);
	const text = (value: string) => `<p class="body">${escapeHtml(value)}</p>`;
	const nothing = `<p>${t('myData.copy.nothing')}</p>`;
	const list = <T>(items: T[] | undefined, show: (item: T) => string) =>
		items?.length ? `<ul>${items.map((item) => `<li>${show(item)}</li>`).join('')}</ul>` : nothing;
	const version = (entry: KnowledgeRecord['versionsOfOthers'][number]) =>
		`<p class="meta"><strong>${escapeHtml(entry.title)}</strong> · ${t('myData.copy.knowledgeVersion', { number: entry.number, date: day(entry.createdAt) })}</p>${text(entry.body)}`;
	const contributions = list(
		record?.contributions,
		(contribution) =>
			`<h3>${escapeHtml(contribution.title)}</h3><p class="muted">${t(contribution.keepOnErasure ? 'myData.copy.knowledgeKept' : 'myData.copy.knowledgeNotKept')}</p>${contribution.versions.map(version).join('')}`
	);
	const confirmations = list(
		record?.confirmations,
		(confirmation) =>
			`<p class="meta"><strong>${escapeHtml(confirmation.contribution)}</strong> · ${day(confirmation.createdAt)} · ${t(`responses.kind.${confirmation.kind}` as MessageKey)}</p>${confirmation.nuance ? text(confirmation.nuance) : ''}`
	);
	const revisions = list(
		record?.revisions,
		(revision) =>
			`<p class="meta"><strong>${escapeHtml(revision.title)}</strong> · ${day(revision.createdAt)} · ${t(`responses.proposals.status.${revision.status}` as MessageKey)}</p>${text(revision.body)}${revision.note ? text(revision.note) : ''}`
	);
	const readingLists = list(
		record?.readingLists,
		(readingList) => `<strong>${escapeHtml(readingList.title)}</strong>`
	);
	const topics = record?.hiddenTopics.length
		? `<p>${t('myData.copy.knowledgeHiddenTopics', { topics: record.hiddenTopics.join(', ') })}</p>`
		: '';
	return `<section aria-labelledby="knowledge"><h2 id="knowledge">${t('myData.copy.knowledge')}</h2>
<h3>${t('myData.copy.knowledgeContributions')}</h3>${contributions}
<h3>${t('myData.copy.knowledgeOthers')}</h3>${list(record?.versionsOfOthers, version)}
<h3>${t('myData.copy.knowledgeConfirmations')}</h3>${confirmations}
<h3>${t('myData.copy.knowledgeRevisions')}</h3>${revisions}
<h3>${t('myData.copy.knowledgeReadingLists')}</h3>${readingLists}${topics}</section>`;
}
