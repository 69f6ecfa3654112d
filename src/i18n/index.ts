import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { MessageKey };
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { fr, en };

export function isLocale(value: unknown): value is Locale {
	return value === 'fr' || value === 'en';
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(fr, key);
}

/** Looks a message up and fills `{name}` placeholders; an unknown key falls back to a generic message. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
	const catalogue = CATALOGUES[locale] ?? fr;
	const template = isMessageKey(key) ? catalogue[key] : catalogue['validation.invalid'];
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}

/** Picks the best supported language from an Accept-Language header; French when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
	if (!acceptLanguage) return DEFAULT_LOCALE;
	const ranked = acceptLanguage
		.split(',')
		.map((part) => {
			const [tag = '', ...parameters] = part.trim().split(';');
			const quality = parameters.find((parameter) => parameter.trim().startsWith('q='));
			return {
				language: tag.trim().toLowerCase().split('-')[0] ?? '',
				quality: quality ? Number(quality.trim().slice(2)) || 0 : 1
			};
		})
		.filter((entry) => entry.quality > 0)
		.sort((a, b) => b.quality - a.quality);
	for (const entry of ranked) if (isLocale(entry.language)) return entry.language;
	return DEFAULT_LOCALE;
}

/** "14:05", in the instance's time zone (French by default). */
export function formatTime(locale: Locale, date: Date | string): string {
	return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		timeStyle: 'short',
		timeZone: 'Europe/Paris'
	}).format(new Date(date));
}

export function formatDate(locale: Locale, date: Date | string): string {
	return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'Europe/Paris'
	}).format(new Date(date));
}
