import { describe, expect, it } from 'vitest';
import { readableJournal } from './readable-copy-journal';

const at = new Date('2026-11-22T10:00:00Z');

describe('readableJournal', () => {
	it('shows the notes with their prompts, escaped, and says when there are none', () => {
		const html = readableJournal(
			{
				debriefNotes: [
					{
						whatWasHard: 'Un <appel> long',
						whatHelped: '',
						whatINeed: 'Du repos',
						createdAt: at,
						occurrenceId: null,
						accompanimentId: null,
						sharedWith: 'GEM Les Traboules',
						sharedAt: at,
						acknowledgedAt: null
					}
				],
				intervisionNotes: []
			},
			'fr'
		);
		expect(html).toContain('Ce qui a été difficile');
		expect(html).toContain('Un &#60;appel&#62; long');
		expect(html).not.toContain('Ce qui m’a aidé·e');
		expect(html).toContain('Partagée avec GEM Les Traboules');
		expect(html).toContain('Mes notes d’intervision');
		expect(readableJournal(undefined, 'en')).toContain('My intervision notes');
	});
});
