export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const LINE_SPACINGS = ['normal', 'wide'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export const CONTRASTS = ['normal', 'high'] as const;
export type Contrast = (typeof CONTRASTS)[number];
export const READING_FONTS = ['standard', 'readable'] as const;
export type ReadingFont = (typeof READING_FONTS)[number];
/** Easy-read (FALC) is stored as a boolean on the account, 'on'/'off' in the form and the cookie. */
export const EASY_READ = ['off', 'on'] as const;
export type EasyRead = (typeof EASY_READ)[number];
