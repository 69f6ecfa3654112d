import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReadableCopy } from '$core/my-data';
import { READABLE_COPY_CSP, readableCopyPage } from './readable-copy-page';

const at = new Date('2026-11-22T10:00:00Z');
const copy: ReadableCopy = {
	exportedAt: at,
	account: { pseudonym: 'Camille', email: null, createdAt: at },
	memberships: [
		{ organisation: 'GEM <Les Amis>', role: 'member', status: 'active', requestedAt: at, approvedAt: at }
	],
	experiences: [
		{ experienceId: 'x/y', label: 'Entente de voix', detail: '', period: '', visibility: 'only_me' }
	],
	offer: null,
	helpRequests: [
		{
			createdAt: at,
			status: 'open',
			hopes: 'Parler',
			experiences: ['Entente de voix'],
			formats: ['chat'],
			closesAt: null
		}
	],
	sessions: { registrations: [], preferences: null, calendarFeeds: [] },
	conversations: [
		{
			id: 'c1',
			kind: 'direct',
			title: null,
			others: [],
			joinedAt: at,
			messages: [
				{
					author: 'me',
					body: 'Bonjour <script>alert(1)</script>',
					deleted: false,
					hidden: false,
					createdAt: at,
					editedAt: null
				},
				{ author: null, body: 'Réponse', deleted: false, hidden: false, createdAt: at, editedAt: null },
				{
					author: { pseudonym: 'Sacha' },
					body: null,
					deleted: false,
					hidden: true,
					createdAt: at,
					editedAt: null
				}
			]
		}
	],
	journal: { debriefNotes: [], intervisionNotes: [] },
	knowledge: {
		contributions: [],
		versionsOfOthers: [],
		confirmations: [],
		revisions: [],
		readingLists: [],
		hiddenTopics: [],
		quoteConsents: []
	},
	plan: { plan: null, openedAsSupporter: [] }
};

describe('readableCopyPage', () => {
	const html = readableCopyPage(copy, 'fr');

	it('reads as a document: experiences by name, both sides, erased people as such', () => {
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain('Entente de voix');
		expect(html).toContain('<strong>Moi</strong>');
		expect(html).toContain('Conversation avec membre supprimé');
		expect(html).toMatch(/<strong>membre supprimé<\/strong>[^]*Réponse/);
		expect(html).toContain('Message masqué par la modération');
		expect(html).toContain('GEM &#60;Les Amis&#62;');
	});

	it('runs nothing, fetches nothing, and prints without the screen hint', () => {
		expect(html).not.toContain('<script>');
		expect(html).not.toMatch(/<(script|link|img|iframe)\b|\bsrc=|url\(|@import|https?:\/\//);
		expect(html).toContain('@media print');
		const style = /<style>([^]*?)<\/style>/.exec(html)![1]!;
		const hash = createHash('sha256').update(style).digest('base64');
		expect(READABLE_COPY_CSP).toContain(`style-src 'sha256-${hash}'`);
		expect(READABLE_COPY_CSP).toContain("default-src 'none'");
	});

	it('speaks English to an English reader', () => {
		const english = readableCopyPage(copy, 'en');
		expect(english).toContain('<html lang="en">');
		expect(english).toContain('My conversations');
		expect(english).toContain('deleted member');
	});
});
