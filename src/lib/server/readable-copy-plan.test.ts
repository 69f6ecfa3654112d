import { describe, expect, it } from 'vitest';
import { readablePlan } from './readable-copy-plan';

const at = new Date('2026-11-22T10:00:00Z');
const version = (number: number, whatHelps: string) => ({
	number,
	createdAt: at,
	content: { whatHelps, contacts: [{ name: 'Élise <sœur>', phone: '06 12 34 56 78' }] }
});

describe('readablePlan', () => {
	it('shows every version, newest first, escaped, with the shares and the openings', () => {
		const html = readablePlan(
			{
				plan: {
					currentVersion: 2,
					createdAt: at,
					updatedAt: at,
					versions: [version(1, 'Marcher'), version(2, 'Marcher <le soir>')],
					shares: [
						{
							id: 'share-1',
							kind: 'link',
							accompanimentId: null,
							recipientName: 'Dr Martin',
							createdAt: at,
							expiresAt: at,
							revokedAt: at
						}
					],
					accesses: [{ shareId: 'share-1', kind: 'link', openedAt: at }]
				},
				openedAsSupporter: []
			},
			'fr'
		);
		expect(html.indexOf('Version 2')).toBeLessThan(html.indexOf('Version 1'));
		expect(html).toContain('Marcher &#60;le soir&#62;');
		expect(html).toContain('Élise &#60;sœur&#62; — 06 12 34 56 78');
		expect(html).toContain('Lien pour Dr Martin');
		expect(html).toContain('Retiré');
		expect(html).toContain('Par le lien pour Dr Martin');
		expect(html).not.toContain('Mes animaux');
	});

	it('says when there is no plan', () => {
		expect(readablePlan({ plan: null, openedAsSupporter: [] }, 'fr')).toContain(
			'Vous n’avez pas encore écrit votre plan.'
		);
		expect(readablePlan(undefined, 'en')).toContain('You have not written your plan yet.');
	});
});
