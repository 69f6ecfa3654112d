import { detectOffPlatform, type SafetyNotice } from '../safety';

/** A supporter's third flagged message of one kind within seven days goes to the moderators. */
export const REPEATED_ATTEMPTS = { count: 3, windowMs: 7 * 24 * 60 * 60 * 1000 };

// Only a conversation between two people gets the reminder: a group's safety is another matter.
const ONE_TO_ONE_KINDS: ReadonlySet<string> = new Set(['accompaniment', 'direct']);

export function isOneToOne(kind: string): boolean {
	return ONE_TO_ONE_KINDS.has(kind);
}

/** The reminder a message carries in a conversation of this kind, or null. Pure. */
export function safetyNoticeFor(kind: string, body: string): SafetyNotice | null {
	return isOneToOne(kind) ? detectOffPlatform(body) : null;
}
