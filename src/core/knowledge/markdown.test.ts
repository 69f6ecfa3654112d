import { describe, expect, it } from 'vitest';
import { markdownNesting, markdownToPlainText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it.each([
		[
			'paragraphs and emphasis',
			'Un *mot* et un **autre**.\n\nSuite.',
			'<p>Un <em>mot</em> et un <strong>autre</strong>.</p>\n<p>Suite.</p>'
		],
		['a list', '- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
		['raw HTML stays text', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
		[
			'inline HTML stays text',
			'a <img src=x onerror=alert(1)> b',
			'<p>a &lt;img src=x onerror=alert(1)&gt; b</p>'
		],
		[
			'a javascript: link loses its address',
			'[x](javascript:alert(1))',
			'<p><a rel="nofollow ugc noopener" href="">x</a></p>'
		],
		[
			'no remote image',
			'![i](https://tracker.example/p.png)',
			'<p>!<a rel="nofollow ugc noopener" href="https://tracker.example/p.png">i</a></p>'
		],
		['no heading', '# Titre', '<p># Titre</p>'],
		[
			'a plain link',
			'[3114](https://3114.fr)',
			'<p><a rel="nofollow ugc noopener" href="https://3114.fr">3114</a></p>'
		]
	])('%s', (_name, text, html) => {
		expect(renderMarkdown(text)).toBe(html);
	});
});

describe('markdownNesting', () => {
	it.each([
		['flat', 'a\n- b', 0],
		['a nested list', '- a\n  - b\n    - c', 2],
		['quotes in quotes', '> > > a', 3],
		['very deep', '>'.repeat(5_000) + ' a', 5_000]
	])('%s', (_name, text, depth) => {
		expect(markdownNesting(text)).toBe(depth);
	});
});

it('markdownToPlainText keeps the words', () => {
	expect(markdownToPlainText('Un *mot* et [un lien](https://a.fr).\n\n- item')).toBe(
		'Un mot et un lien. item'
	);
});
