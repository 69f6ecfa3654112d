import type { MessageKey } from './fr';

/**
 * Easy-read French (FALC, « facile à lire et à comprendre »): the variant of a key shown when a person
 * chooses easy-read. Partial: a key without one shows its standard French. Checked by falc.test.ts (the
 * rules in falc-rules.ts) and by the core-journey coverage test.
 */
export const frFalc: Partial<Record<MessageKey, string>> = {
};
