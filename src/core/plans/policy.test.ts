import { describe, expect, it } from 'vitest';
import { canReadPlan, isShareLive, type ShareFacts } from './policy';

const NOW = new Date('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;
const OWNER = 'owner';
const SUPPORTER = 'supporter';
const supporterShare = (
	more: Partial<ShareFacts> = {},
	status = 'open',
	requesterId = OWNER
): ShareFacts => ({
	kind: 'supporter',
	revokedAt: null,
	expiresAt: null,
	accompaniment: { status, supporterId: SUPPORTER, requesterId },
	...more
});
const link = (more: Partial<ShareFacts> = {}): ShareFacts => ({
	kind: 'link',
	revokedAt: null,
	expiresAt: new Date(NOW.getTime() + HOUR),
	accompaniment: null,
	...more
});

describe('canReadPlan', () => {
	it.each<[string, string | null, ShareFacts | null, boolean]>([
		['the owner, no share', OWNER, null, true],
		['the owner, a revoked share', OWNER, supporterShare({ revokedAt: NOW }), true],
		['a visitor, no share', null, null, false],
		['a member, no share', 'someone', null, false],
		['the chosen supporter, open accompaniment', SUPPORTER, supporterShare(), true],
		['the chosen supporter, ended accompaniment', SUPPORTER, supporterShare({}, 'ended'), false],
		['the chosen supporter, revoked share', SUPPORTER, supporterShare({ revokedAt: NOW }), false],
		['another member, through a supporter share', 'someone', supporterShare(), false],
		['a visitor, through a supporter share', null, supporterShare(), false],
		[
			'the supporter of an accompaniment with someone else',
			SUPPORTER,
			supporterShare({}, 'open', 'other'),
			false
		],
		[
			'a supporter share without its accompaniment',
			SUPPORTER,
			supporterShare({ accompaniment: null }),
			false
		],
		['a link holder, valid link', null, link(), true],
		['a signed-in link holder, valid link', 'someone', link(), true],
		['a link holder, expired link', null, link({ expiresAt: new Date(NOW.getTime() - 1) }), false],
		['a link holder, link expiring this instant', null, link({ expiresAt: NOW }), false],
		['a link holder, revoked link', null, link({ revokedAt: NOW }), false],
		['a link without expiry', null, link({ expiresAt: null }), false]
	])('%s: %s', (_case, actor, share, expected) => {
		expect(canReadPlan(actor, OWNER, share, NOW)).toBe(expected);
	});
});

describe('isShareLive', () => {
	it.each<[string, ShareFacts, boolean]>([
		['open accompaniment', supporterShare(), true],
		['ended accompaniment', supporterShare({}, 'ended'), false],
		['valid link', link(), true],
		['expired link', link({ expiresAt: new Date(NOW.getTime() - HOUR) }), false],
		['revoked link', link({ revokedAt: NOW }), false]
	])('%s', (_case, share, expected) => {
		expect(isShareLive(share, OWNER, NOW)).toBe(expected);
	});
});
