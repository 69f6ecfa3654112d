import { en } from './en';
import { fr, type MessageKey } from './fr';
import { formatMessage, type Locale } from './format';

export type { MessageKey };
export {
	DEFAULT_LOCALE,
	LOCALES,
	formatDate,
	formatMessage,
	formatTime,
	isLocale,
	negotiateLocale,
	type Locale
} from './format';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { fr, en };

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(fr, key);
}

/** Looks a message up and fills `{name}` placeholders; an unknown key falls back to a generic message. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
	const catalogue = CATALOGUES[locale] ?? fr;
	const template = isMessageKey(key) ? catalogue[key] : catalogue['validation.invalid'];
	return formatMessage(locale, template, params);
}

/**
 * The messages a page's browser code may use (`keys`, from the route table), in one language; every
 * message when `keys` is null. The one place that picks a text for a key: a further variant (easy-read
 * French) would be chosen here, key by key, and cost the browser nothing more.
 */
export function messagesFor(locale: Locale, keys: readonly string[] | null): Record<string, string> {
	const catalogue: Record<string, string> = CATALOGUES[locale] ?? fr;
	if (keys === null) return { ...catalogue };
	const messages: Record<string, string> = {};
	for (const key of keys) if (Object.hasOwn(catalogue, key)) messages[key] = catalogue[key]!;
	return messages;
}
