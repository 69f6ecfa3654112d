import { z } from 'zod';
import { MAX_MESSAGE_LENGTH } from './policy';

export const conversationId = z.uuid('validation.invalid');

/**
 * What shows nothing on screen: spaces and line breaks, control and format characters (zero-width space,
 * direction overrides, word joiner, soft hyphen...), and the blank characters of other scripts (Hangul
 * fillers, braille blank), variation selectors and the combining grapheme joiner.
 */
const INVISIBLE =
	/[\s\p{Cc}\p{Cf}\p{Z}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/gu;

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
