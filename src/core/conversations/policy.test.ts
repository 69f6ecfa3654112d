import { describe, expect, it } from 'vitest';
import { canDeleteMessage, canEditMessage, canMessageDirectly, canWrite, expiryFor } from './policy';

const at = new Date('2026-11-26T10:00:00Z');
const minutes = (n: number) => new Date(at.getTime() + n * 60_000);

describe('conversations policy', () => {
	it.each([
		['author', 'a', null, minutes(1), true],
		['author at 15 minutes', 'a', null, minutes(15), true],
		['author after 15 minutes', 'a', null, minutes(16), false],
		['author of a deleted message', 'a', minutes(0), minutes(1), false],
		['someone else', 'b', null, minutes(1), false]
	] as const)('edit by the %s: %s', (_case, actor, deletedAt, now, expected) => {
		expect(canEditMessage(actor, { authorId: 'a', createdAt: at, deletedAt }, now)).toBe(expected);
	});

	it.each([
		['a', null, true],
		['a', at, false],
		['b', null, false]
	] as const)('delete by %s of a message deleted at %s: %s', (actor, deletedAt, expected) => {
		expect(canDeleteMessage(actor, { authorId: 'a', createdAt: at, deletedAt })).toBe(expected);
	});

	it('never lets anyone edit or delete a deleted member’s message', () => {
		expect(canEditMessage('a', { authorId: null, createdAt: at, deletedAt: null }, at)).toBe(false);
		expect(canDeleteMessage('a', { authorId: null, createdAt: at, deletedAt: null })).toBe(false);
	});

	it.each([
		['accompaniment', 'open', false, 1, false, true],
		['accompaniment', 'ended', false, 1, false, false],
		['accompaniment', null, false, 1, false, false],
		['accompaniment', 'open', true, 1, false, false],
		['direct', null, false, 1, true, true],
		['direct', null, true, 1, true, false],
		['direct', null, false, 0, true, false],
		['direct', null, false, 1, false, false],
		['group', null, false, 3, false, true],
		['group', null, true, 3, false, true],
		['group', null, false, 0, false, true]
	] as const)(
		'%s conversation (accompaniment %s, blocked %s, %i others, shared organisation %s) is writable: %s',
		(kind, status, blocked, others, sharesOrganisation, expected) => {
			expect(canWrite({ kind, accompanimentStatus: status, blocked, others, sharesOrganisation })).toBe(
				expected
			);
		}
	);

	it.each([
		[false, 'my_organisations', true, false, true],
		[false, 'nobody', true, false, false],
		[false, 'my_organisations', false, false, false],
		[false, 'my_organisations', true, true, false],
		[true, 'my_organisations', true, false, false]
	] as const)(
		'self %s, recipient accepts %s, shared organisation %s, blocked %s: may write directly %s',
		(isSelf, recipientAccepts, sharesOrganisation, blocked, expected) => {
			expect(canMessageDirectly({ isSelf, recipientAccepts, sharesOrganisation, blocked })).toBe(expected);
		}
	);

	it.each([
		['never', null],
		['24h', '2026-11-27T10:00:00.000Z'],
		['7d', '2026-12-03T10:00:00.000Z'],
		['30d', '2026-12-26T10:00:00.000Z']
	] as const)('a message under retention %s expires at %s', (retention, expected) => {
		expect(expiryFor(retention, at)?.toISOString() ?? null).toBe(expected);
	});
});
