import { describe, expect, it } from 'vitest';
import { seesTyping, showsOnline } from './presence-policy';

const now = new Date('2026-11-26T10:00:00Z');
const later = new Date(now.getTime() + 60_000);
const earlier = new Date(now.getTime() - 1);

describe('presence policy', () => {
	it.each([
		['chosen, present', false, true, later, false, true],
		['not chosen (the default), present', false, false, later, false, false],
		['chosen, presence expired', false, true, earlier, false, false],
		['chosen, presence ending right now', false, true, now, false, false],
		['chosen, never present', false, true, null, false, false],
		['chosen, present, blocked (either way)', false, true, later, true, false],
		['not chosen, blocked', false, false, later, true, false],
		['oneself, chosen and present', true, true, later, false, false],
		['oneself, not chosen', true, false, later, false, false]
	] as const)('%s: en ligne = %s', (_case, isSelf, showPresence, presentUntil, blocked, expected) => {
		expect(showsOnline({ isSelf, showPresence, presentUntil, blocked, closed: false }, now)).toBe(expected);
	});

	it('shows nobody online in a closed conversation (its accompaniment ended), whatever they chose', () => {
		const facts = { isSelf: false, showPresence: true, presentUntil: later, blocked: false };
		expect(showsOnline({ ...facts, closed: false }, now)).toBe(true);
		expect(showsOnline({ ...facts, closed: true }, now)).toBe(false);
		expect(seesTyping({ ...facts, closed: true })).toBe(false);
	});

	it.each([
		['someone who shows their presence', false, true, false, true],
		['someone who does not (the default)', false, false, false, false],
		['someone blocked, or who blocked the viewer', false, true, true, false],
		['oneself', true, true, false, false]
	] as const)('typing of %s is shown: %s', (_case, isSelf, showPresence, blocked, expected) => {
		expect(seesTyping({ isSelf, showPresence, blocked, closed: false })).toBe(expected);
	});
});
