import { en } from './en';
import { fr, type MessageKey } from './fr';
import { frFalc } from './fr-falc';
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

/**
 * Which wording of a language: the standard one, or easy-read (FALC, "facile à lire et à comprendre"),
 * which exists in French only; an easy-read English reader gets standard English.
 */
export type MessageVariant = 'standard' | 'easy';

// Easy-read texts by locale: a partial map, the standard text where a key has none.
const EASY_READ: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = { fr: frFalc };

/** The text of a known key in a locale and variant. */
function textOf(locale: Locale, key: MessageKey, variant: MessageVariant): string {
	const catalogue = CATALOGUES[locale] ?? fr;
	return (variant === 'easy' ? EASY_READ[locale]?.[key] : undefined) ?? catalogue[key];
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(fr, key);
}

/** Looks a message up and fills `{name}` placeholders; an unknown key falls back to a generic message. */
export function translate(
	locale: Locale,
	key: string,
	params: Record<string, string | number> = {},
	variant: MessageVariant = 'standard'
): string {
	const template = textOf(locale, isMessageKey(key) ? key : 'validation.invalid', variant);
	return formatMessage(locale, template, params);
}

/**
 * The messages a page's browser code may use (`keys`, from the route table), in one language and variant;
 * every message when `keys` is null. The one place that picks a text for a key: the easy-read variant is
 * chosen here, key by key, so a page never receives more keys than it uses.
 */
export function messagesFor(
	locale: Locale,
	keys: readonly string[] | null,
	variant: MessageVariant = 'standard'
): Record<string, string> {
	const messages: Record<string, string> = {};
	for (const key of keys ?? Object.keys(fr))
		if (isMessageKey(key)) messages[key] = textOf(locale, key, variant);
	return messages;
}

/** The keys that have an easy-read text in a locale (for the tests and the linter). */
export function easyReadMessages(locale: Locale): Partial<Record<MessageKey, string>> {
	return EASY_READ[locale] ?? {};
}
