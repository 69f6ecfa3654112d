import { describe, expect, it } from 'vitest';
import { readableKnowledge } from './readable-copy-knowledge';

const at = new Date('2026-11-22T10:00:00Z');

describe('readableKnowledge', () => {
	it('shows the person’s knowledge escaped, as written, and says when a part is empty', () => {
		const html = readableKnowledge(
			{
				contributions: [
					{
						id: 'k1',
						title: 'Un <carnet>',
						form: 'technique',
						audience: 'organisation',
						status: 'published',
						byline: 'pseudonym',
						version: 1,
						keepOnErasure: true,
						researchConsent: false,
						licence: null,
						hiddenAt: null,
						createdAt: at,
						versions: [
							{
								contributionId: 'k1',
								number: 1,
								title: 'Un <carnet>',
								body: 'Noter **quand**.',
								helpedWith: '',
								easyReadSummary: '',
								note: '',
								createdAt: at
							}
						]
					}
				],
				versionsOfOthers: [],
				confirmations: [
					{
						contributionId: 'k2',
						contribution: 'Sortir de l’hôpital',
						kind: 'different',
						nuance: 'Pas le week-end.',
						experienceIds: [],
						showName: false,
						countsFrom: at,
						hiddenAt: null,
						createdAt: at,
						updatedAt: at
					}
				],
				revisions: [],
				readingLists: [],
				hiddenTopics: [],
				quoteConsents: []
			},
			'fr'
		);
		expect(html).toContain('Un &#60;carnet&#62;');
		expect(html).toContain('Noter **quand**.');
		expect(html).toContain('Gardé sans nom si je supprime mon compte');
		expect(html).toContain('Pour moi, c’était différent');
		expect(html).toContain('Pas le week-end.');
		expect(html).not.toContain('<carnet>');
		expect(readableKnowledge(undefined, 'en')).toContain('Experiential knowledge');
	});
});
