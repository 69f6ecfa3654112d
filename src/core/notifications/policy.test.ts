import { describe, expect, it } from 'vitest';
import {
	shouldSendDigest,
	shouldSendModerationAlert,
	type DigestFacts,
	type ModerationAlertFacts
} from './policy';

const now = new Date('2026-11-22T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const hoursAgo = (hours: number) => minutesAgo(hours * 60);
const base: DigestFacts = {
	emailDigest: true,
	email: 'a@example.org',
	lastDigestAt: null,
	earliestUnannouncedAt: minutesAgo(20)
};

describe('shouldSendDigest', () => {
	const cases: Array<[string, Partial<DigestFacts>, boolean]> = [
		['opted in, an address, a quiet unread message, never written to', {}, true],
		['not opted in', { emailDigest: false }, false],
		['no email address', { email: null }, false],
		['nothing unread', { earliestUnannouncedAt: null }, false],
		[
			'the unread message is 14 minutes old (maybe being read live)',
			{ earliestUnannouncedAt: minutesAgo(14) },
			false
		],
		['the unread message is exactly 15 minutes old', { earliestUnannouncedAt: minutesAgo(15) }, true],
		['last email 23 hours ago', { lastDigestAt: hoursAgo(23), earliestUnannouncedAt: minutesAgo(30) }, false],
		[
			'last email 24 hours ago, a newer message',
			{ lastDigestAt: hoursAgo(24), earliestUnannouncedAt: hoursAgo(2) },
			true
		],
		[
			'last email 25 hours ago, the message was already covered by it',
			{ lastDigestAt: hoursAgo(25), earliestUnannouncedAt: hoursAgo(26) },
			false
		],
		[
			'last email 25 hours ago, the message came 10 minutes before it (too young then)',
			{ lastDigestAt: hoursAgo(25), earliestUnannouncedAt: new Date(hoursAgo(25).getTime() - 10 * 60_000) },
			true
		]
	];
	it.each(cases)('%s', (_name, facts, expected) => {
		expect(shouldSendDigest({ ...base, ...facts }, now)).toBe(expected);
	});
});

describe('shouldSendModerationAlert', () => {
	const staff: ModerationAlertFacts = {
		moderationAlerts: true,
		email: 'coordination@example.org',
		lastModerationAlertAt: null,
		newestWaitingAt: minutesAgo(2)
	};
	const cases: Array<[string, Partial<ModerationAlertFacts>, boolean]> = [
		['opted in, an address, a report waiting, never alerted', {}, true],
		['not opted in', { moderationAlerts: false }, false],
		['no email address', { email: null }, false],
		['the queue is empty', { newestWaitingAt: null }, false],
		['no longer moderates anything', { newestWaitingAt: undefined }, false],
		['alerted 59 minutes ago, a newer report', { lastModerationAlertAt: minutesAgo(59) }, false],
		[
			'alerted 60 minutes ago, a newer report',
			{ lastModerationAlertAt: minutesAgo(60), newestWaitingAt: minutesAgo(1) },
			true
		],
		[
			'alerted 3 hours ago, nothing new since (the waiting report was announced)',
			{ lastModerationAlertAt: hoursAgo(3), newestWaitingAt: hoursAgo(4) },
			false
		],
		[
			'alerted 3 hours ago, the newest report came exactly then',
			{ lastModerationAlertAt: hoursAgo(3), newestWaitingAt: hoursAgo(3) },
			false
		]
	];
	it.each(cases)('%s', (_label, facts, expected) => {
		expect(shouldSendModerationAlert({ ...staff, ...facts }, now)).toBe(expected);
	});
});
