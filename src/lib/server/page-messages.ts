import routeMessages from 'virtual:entrepairs/route-messages';
import { messagesFor, type Locale, type MessageVariant } from '$i18n';

// Route id -> the catalogue keys its browser code can use, computed at build time by the Vite plugin in
// vite.config.ts (scripts/route-messages.js); null under `vite dev`, where every message is sent.
const table: Record<string, readonly string[]> | null = routeMessages;
const chosen = new Map<string, Record<string, string>>();

/** The messages a page of `routeId` needs, in `locale` and `variant`: sent with the root layout's data. */
export function pageMessages(
	locale: Locale,
	routeId: string | null,
	variant: MessageVariant = 'standard'
): Record<string, string> {
	const cacheKey = `${locale} ${variant} ${routeId ?? ''}`;
	let messages = chosen.get(cacheKey);
	if (!messages) {
		// A route missing from the table cannot happen in a build (the table lists every page); if it did,
		// every message is safer than none.
		const keys = table === null ? null : (table[routeId ?? ''] ?? null);
		messages = messagesFor(locale, keys, variant);
		chosen.set(cacheKey, messages);
	}
	return messages;
}
