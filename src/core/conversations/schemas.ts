import { z } from 'zod';
import { MAX_MESSAGE_LENGTH } from './policy';

export const conversationId = z.uuid('validation.invalid');

/**
 * What shows nothing on screen: spaces and line breaks, control and format characters (zero-width space,
 * direction overrides, word joiner, soft hyphen...), Unicode's default-ignorable characters (Hangul fillers,
 * variation selectors, the combining grapheme joiner...) and the braille blank.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** True when the text would show nothing at all. */
export function isInvisible(text: string): boolean {
	return text.replace(INVISIBLE, '') === '';
}

/**
 * A message body: text only, trimmed, never empty nor made only of invisible characters (a message that
 * shows nothing is as empty as one of spaces), at most 4,000 characters.
 */
export const messageBody = z
	.string('validation.message.empty')
	.trim()
	.min(1, 'validation.message.empty')
	.max(MAX_MESSAGE_LENGTH, 'validation.message.tooLong')
	.refine((body) => !isInvisible(body), 'validation.message.empty');
