import { page } from '$app/state';
import { formatDate, formatMessage, formatTime, isLocale, type Locale } from '$i18n/format';
import type { MessageKey } from '$i18n';

// No catalogue here: the browser gets the messages its page can use, in its language, with the root
// layout's data (`page.data.translations`, chosen on the server from the route table built at build time).
// The server renders from the same messages, so hydration finds the same text.

type Lookup = (locale: Locale, key: string) => string | undefined;
let serverCatalogue: Lookup | null = null;

/** Server only (hooks.server.ts): lets a key missing from a page's table still render, after an error. */
export function useCatalogueOnServer(lookup: Lookup): void {
	serverCatalogue = lookup;
}

/** The current page's language, from the root layout's data. */
export function currentLocale(): Locale {
	const locale = page.data.locale;
	return isLocale(locale) ? locale : 'fr';
}

/** Translates a catalogue key in the current page's language. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const locale = currentLocale();
	const translations = page.data.translations as Record<string, string> | undefined;
	let template = translations?.[key];
	if (template === undefined) {
		// Loud on purpose: the browser journeys fail on it. Write the key literally (see README, Messages).
		console.error(`Missing message "${key}" for route ${page.route.id ?? '(none)'}: not in its route table`);
		template = serverCatalogue?.(locale, key) ?? key;
	}
	return formatMessage(locale, template, params);
}

export function date(value: Date | string): string {
	return formatDate(currentLocale(), value);
}

export function time(value: Date | string): string {
	return formatTime(currentLocale(), value);
}
