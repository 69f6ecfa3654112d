// The catalogue-free half of i18n: languages, plural-aware formatting, dates. The browser imports only
// this (through $lib/i18n), never the catalogues: each page gets its own messages with its data.
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
	return value === 'fr' || value === 'en';
}

const PLURAL_RULES = Object.fromEntries(
	LOCALES.map((locale) => [locale, new Intl.PluralRules(locale)])
) as Record<Locale, Intl.PluralRules>;
// "{count, plural, one {# message non lu} other {# messages non lus}}": the branch is chosen by the
// language's own plural rules (French says "0 message", English "0 messages"); `#` is the number.
// A branch may hold simple placeholders ("# places sur {capacity}"), filled after the plural is chosen.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other) \{((?:[^{}]|\{\w+\})*)\}/g;

/** Fills a catalogue template: plural blocks first, then `{name}` placeholders. */
export function formatMessage(
	locale: Locale,
	template: string,
	params: Record<string, string | number> = {}
): string {
	const withPlurals = template.includes(', plural,')
		? template.replace(PLURAL, (match, name: string, body: string) => {
				if (!(name in params)) return match;
				const count = Number(params[name]);
				const branches = new Map([...body.matchAll(BRANCH)].map(([, selector, text]) => [selector, text]));
				// A number given as words ("moins de 5", for privacy) takes the general form.
				const chosen =
					(Number.isFinite(count)
						? (branches.get(`=${count}`) ??
							branches.get((PLURAL_RULES[locale] ?? PLURAL_RULES.fr).select(count)))
						: undefined) ??
					branches.get('other') ??
					'';
				return chosen.replaceAll('#', String(params[name]));
			})
		: template;
	return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
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

// Building an Intl.DateTimeFormat costs far more than using one (a conversation page formats every
// message's time): each format is made once per locale, at module load.
const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = (options: Intl.DateTimeFormatOptions) =>
	Object.fromEntries(
		LOCALES.map((locale) => [
			locale,
			new Intl.DateTimeFormat(TAGS[locale], { ...options, timeZone: 'Europe/Paris' })
		])
	) as Record<Locale, Intl.DateTimeFormat>;
const TIME_FORMATS = formatters({ timeStyle: 'short' });
const DATE_FORMATS = formatters({ dateStyle: 'long' });

/** "14:05", in the instance's time zone (French by default). */
export function formatTime(locale: Locale, date: Date | string): string {
	return (TIME_FORMATS[locale] ?? TIME_FORMATS.fr).format(new Date(date));
}

/** "5 décembre 2026", in the instance's time zone. */
export function formatDate(locale: Locale, date: Date | string): string {
	return (DATE_FORMATS[locale] ?? DATE_FORMATS.fr).format(new Date(date));
}
