import { typingTooFast, TYPING_LIMIT } from './presence-policy';

const SWEEP_ABOVE = 10_000;

/**
 * Typing signals per person in the last minute, kept in this process's memory only: typing is never
 * stored, and a few extra signals across several processes do no harm. Old entries are dropped as they go.
 */
export class TypingWindow {
	private readonly recent = new Map<string, number[]>();

	/** Counts one signal for `accountId` at `now`, unless it is one too many (then false, nothing counted). */
	allow(accountId: string, now: Date): boolean {
		const since = now.getTime() - TYPING_LIMIT.windowMs;
		if (this.recent.size > SWEEP_ABOVE) this.sweep(since);
		const times = (this.recent.get(accountId) ?? []).filter((time) => time > since);
		if (typingTooFast(times.length)) {
			this.recent.set(accountId, times);
			return false;
		}
		times.push(now.getTime());
		this.recent.set(accountId, times);
		return true;
	}

	private sweep(since: number): void {
		for (const [accountId, times] of this.recent) {
			if (times.every((time) => time <= since)) this.recent.delete(accountId);
		}
	}
}

/** The process's typing limit. */
export const typingWindow = new TypingWindow();
