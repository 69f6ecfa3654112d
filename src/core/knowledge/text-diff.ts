import { diffWords } from 'diff';

/** One run of a word-level diff: unchanged, added or removed text. */
export interface DiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

/**
 * A readable word-level difference between two texts (the `diff` library's word diff), as runs a page
 * shows with <ins> and <del> and words for screen readers.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
	return diffWords(before, after).map((change) => ({
		kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
		text: change.value
	}));
}

/** Whether a diff changes anything. */
export const changesAnything = (parts: DiffPart[]) => parts.some((part) => part.kind !== 'same');
