import type { DatabaseOrTransaction } from '../../db/client';
import { DomainError, giveBack, takeToken } from '../shared';
import type { ThrottledKey } from './throttle-policy';

export interface Attempt {
	/** Gives the tokens back: the attempt succeeded, so it is not held against anyone. */
	succeeded(): Promise<void>;
}

/**
 * Takes one token from every bucket of an attempt, or none: when one bucket refuses, the tokens already
 * taken are given back and the attempt is refused with the longest wait, before any password is checked.
 */
export async function beginAttempt(
	db: DatabaseOrTransaction,
	keys: ThrottledKey[],
	now: Date,
	messageKey = 'error.signInThrottled'
): Promise<Attempt> {
	const taken: ThrottledKey[] = [];
	for (const entry of keys) {
		const result = await takeToken(db, entry.key, entry.rule, now);
		if (!result.allowed) {
			await Promise.all(taken.map((done) => giveBack(db, done.key, done.rule, now)));
			throw new DomainError('RATE_LIMITED', messageKey, [], result.retryAfterSeconds, {
				seconds: result.retryAfterSeconds
			});
		}
		taken.push(entry);
	}
	return {
		succeeded: async () => {
			await Promise.all(taken.map((done) => giveBack(db, done.key, done.rule, now)));
		}
	};
}
