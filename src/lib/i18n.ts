import { page } from '$app/state';
import { formatDate, formatTime, isLocale, translate, type Locale, type MessageKey } from '$i18n';

/** The current page's language, from the root layout's data. */
export function currentLocale(): Locale {
	const locale = page.data.locale;
	return isLocale(locale) ? locale : 'fr';
}

/** Translates a catalogue key in the current page's language. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return translate(currentLocale(), key, params);
}

export function date(value: Date | string): string {
	return formatDate(currentLocale(), value);
}

export function time(value: Date | string): string {
	return formatTime(currentLocale(), value);
}
