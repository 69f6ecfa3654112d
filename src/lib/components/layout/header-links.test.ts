import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '$i18n';
import { headerLinks, waitingTotal, type HeaderData } from './header-links';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params);
const actor = { pseudonym: 'Camille', isInstanceAdmin: false };
const hrefs = (data: HeaderData) => headerLinks(data, t).map((link) => link.href);
const badgeOf = (data: HeaderData, href: string) =>
	headerLinks(data, t).find((link) => link.href === href)?.badge;

describe('header links', () => {
	it.each([
		['a visitor', { actor: null }, ['/', '/organisations', '/savoirs']],
		[
			'a member',
			{ actor, contactRequests: null, openReports: null },
			[
				'/',
				'/organisations',
				'/savoirs',
				'/trouver-un-pair',
				'/conversations',
				'/notifications',
				'/mon-plan',
				'/profil',
				'/compte'
			]
		],
		[
			'a peer supporter',
			{ actor, contactRequests: 0 },
			[
				'/',
				'/organisations',
				'/savoirs',
				'/trouver-un-pair',
				'/conversations',
				'/notifications',
				'/espace-pair-aidant',
				'/mon-plan',
				'/profil',
				'/compte'
			]
		],
		[
			'a moderating instance admin',
			{ actor: { ...actor, isInstanceAdmin: true }, openReports: 0 },
			[
				'/',
				'/organisations',
				'/savoirs',
				'/trouver-un-pair',
				'/conversations',
				'/notifications',
				'/mon-plan',
				'/profil',
				'/compte',
				'/moderation',
				'/admin'
			]
		]
	] as [string, HeaderData, string[]][])('for %s', (_who, data, expected) => {
		expect(hrefs(data)).toEqual(expected);
	});

	it('says what waits where, in words', () => {
		const data = { actor, unread: 2, notifications: 1, pendingJoins: 3, contactRequests: 1, openReports: 4 };
		expect(badgeOf(data, '/conversations')).toBe('2 non lus');
		expect(badgeOf(data, '/notifications')).toBe('4 en attente');
		expect(badgeOf(data, '/espace-pair-aidant')).toBe('1 demande');
		expect(badgeOf(data, '/moderation')).toBe('4 à traiter');
		expect(badgeOf({ actor, unread: 0 }, '/conversations')).toBe('');
	});

	it('sums what waits for the closed menu, and nothing for a visitor', () => {
		expect(
			waitingTotal({
				actor,
				unread: 2,
				notifications: 1,
				pendingJoins: 3,
				contactRequests: 1,
				openReports: 4
			})
		).toBe(11);
		expect(waitingTotal({ actor, pendingJoins: null, contactRequests: null, openReports: null })).toBe(0);
		expect(waitingTotal({ actor: null, unread: 5 })).toBe(0);
	});
});
