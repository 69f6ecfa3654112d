import { micromark } from 'micromark';

/**
 * The Markdown subset contributions are written in: paragraphs, lists, emphasis, links and line breaks.
 * Rendered on the server by micromark: raw HTML is escaped (never passed through), images, headings, code
 * blocks and reference definitions are plain text, and links with a dangerous protocol (`javascript:`,
 * `data:`) lose their address. Links open as ordinary links with `rel="nofollow ugc noopener"`.
 */
const DISABLED = [
	'htmlFlow',
	'htmlText',
	'labelStartImage',
	'headingAtx',
	'setextUnderline',
	'codeIndented',
	'codeFenced',
	'definition',
	'thematicBreak'
];

/** Deeper nesting than this (lists in lists, quotes in quotes) is refused before rendering. */
export const MAX_MARKDOWN_NESTING = 8;

/** The nesting depth of a Markdown text, from its lines' indentation and block-quote markers (cheap). */
export function markdownNesting(text: string): number {
	let deepest = 0;
	for (const line of text.split('\n')) {
		const quotes = /^(\s*>)*/.exec(line)?.[0].split('>').length ?? 1;
		const indent = /^\s*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
		deepest = Math.max(deepest, quotes - 1 + Math.floor(indent / 2));
	}
	return deepest;
}

/** HTML for a contribution's text: safe to put in a page as is. */
export function renderMarkdown(text: string): string {
	const html = micromark(text, { extensions: [{ disable: { null: DISABLED } }] });
	return html.replace(/<a href="/g, '<a rel="nofollow ugc noopener" href="');
}

/** The text without its Markdown marks, for excerpts, notifications-free previews and the search snippet. */
export function markdownToPlainText(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`>#]+/g, '')
		.replace(/^\s*[-+]\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}
