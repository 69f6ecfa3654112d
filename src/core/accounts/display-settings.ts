import {
	CONTRASTS,
	EASY_READ,
	LINE_SPACINGS,
	READING_FONTS,
	TEXT_SIZES,
	THEMES,
	type Contrast,
	type EasyRead,
	type LineSpacing,
	type ReadingFont,
	type TextSize,
	type Theme
} from './preferences';

/** How pages are shown to one reader: read on every request, applied on <html> and to the messages. */
export interface DisplaySettings {
	textSize: TextSize;
	theme: Theme;
	easyRead: EasyRead;
	lineSpacing: LineSpacing;
	contrast: Contrast;
	readingFont: ReadingFont;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
	textSize: 'normal',
	theme: 'auto',
	easyRead: 'off',
	lineSpacing: 'normal',
	contrast: 'normal',
	readingFont: 'standard'
};

const ALLOWED: { [K in keyof DisplaySettings]: readonly DisplaySettings[K][] } = {
	textSize: TEXT_SIZES,
	theme: THEMES,
	easyRead: EASY_READ,
	lineSpacing: LINE_SPACINGS,
	contrast: CONTRASTS,
	readingFont: READING_FONTS
};

/** What an account stores (easy-read as a boolean); null for a visitor. */
export interface StoredDisplay {
	textSize: string;
	theme: string;
	easyRead: boolean;
	lineSpacing: string;
	contrast: string;
	readingFont: string;
}

/**
 * Each setting from the cookie when it holds a known value (this device's last choice, as for the language),
 * else from the account, else the default. An unknown value anywhere counts as absent.
 */
export function resolveDisplaySettings(
	cookies: Partial<Record<keyof DisplaySettings, string | undefined>>,
	account: StoredDisplay | null
): DisplaySettings {
	const settings = { ...DEFAULT_DISPLAY };
	const stored: Partial<Record<keyof DisplaySettings, string>> | null = account && {
		...account,
		easyRead: account.easyRead ? 'on' : 'off'
	};
	for (const name of Object.keys(ALLOWED) as Array<keyof DisplaySettings>) {
		const allowed = ALLOWED[name] as readonly string[];
		const fromCookie = cookies[name];
		const fromAccount = stored?.[name];
		if (fromCookie !== undefined && allowed.includes(fromCookie)) (settings[name] as string) = fromCookie;
		else if (fromAccount !== undefined && allowed.includes(fromAccount))
			(settings[name] as string) = fromAccount;
	}
	return settings;
}
