/** Unread messages younger than this never trigger an email: someone reading live gets none. */
export const DIGEST_QUIET_MINUTES = 15;
/** At most one email per person in this many hours, however many messages arrive. */
export const DIGEST_INTERVAL_HOURS = 24;

const MINUTE_MS = 60_000;

/** What the digest job knows about one person when it decides whether to write to them. */
export interface DigestFacts {
	emailDigest: boolean;
	email: string | null;
	lastDigestAt: Date | null;
	/** The oldest unread message (unmuted conversations) that no earlier digest covered; null when none. */
	earliestUnannouncedAt: Date | null;
}

/**
 * A digest sent at T covered the unread messages already quiet at T (older than T minus the quiet delay);
 * the younger ones were not old enough yet and stay to announce. Null: nothing was ever announced.
 */
export function announcedUntil(lastDigestAt: Date | null): Date | null {
	return lastDigestAt ? new Date(lastDigestAt.getTime() - DIGEST_QUIET_MINUTES * MINUTE_MS) : null;
}

/** Whether the person gets an email now: opted in, has an address, waited long enough, has news. */
export function shouldSendDigest(facts: DigestFacts, now: Date): boolean {
	if (!facts.emailDigest || !facts.email) return false;
	if (!facts.earliestUnannouncedAt) return false;
	if (
		facts.lastDigestAt &&
		now.getTime() - facts.lastDigestAt.getTime() < DIGEST_INTERVAL_HOURS * 60 * MINUTE_MS
	)
		return false;
	const since = announcedUntil(facts.lastDigestAt);
	if (since && facts.earliestUnannouncedAt <= since) return false;
	return now.getTime() - facts.earliestUnannouncedAt.getTime() >= DIGEST_QUIET_MINUTES * MINUTE_MS;
}
