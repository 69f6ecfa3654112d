// A prefilter for the lexicon's regular expressions. From a compiled phrase it works out a few words
// of which any match must contain at least one, as a whole word; the detector then runs the phrase
// only when the text holds one of them (a Set lookup), instead of scanning every text with ~120
// expressions. The analysis is conservative: when in doubt it returns null and the phrase always runs.
// It reads only the subset of regular-expression syntax compile-crisis-pattern.ts produces.

type Node =
	| { kind: 'char'; character: string; min: number }
	| { kind: 'group'; alternatives: Node[][]; min: number }
	| { kind: 'lookaround' }
	| { kind: 'other'; min: number };

/** The words a match must contain one of, or null when no such guarantee can be made. */
export function anchorWords(regexBody: string): string[] | null {
	const parser = { source: regexBody, position: 0 };
	const sequence = parseAlternatives(parser);
	if (parser.position !== regexBody.length || sequence.length !== 1) return null;
	return anchorsOf(sequence[0] ?? [], true, true);
}

function parseAlternatives(parser: { source: string; position: number }): Node[][] {
	const alternatives: Node[][] = [[]];
	while (parser.position < parser.source.length) {
		const character = parser.source[parser.position] ?? '';
		if (character === ')') break;
		parser.position++;
		if (character === '|') {
			alternatives.push([]);
			continue;
		}
		let node: Node;
		if (character === '(') {
			const lookaround = /^\?[=!]/.test(parser.source.slice(parser.position, parser.position + 2));
			parser.position += 2; // "?:", "?=" or "?!"
			const inner = parseAlternatives(parser);
			parser.position++; // ")"
			node = lookaround ? { kind: 'lookaround' } : { kind: 'group', alternatives: inner, min: 1 };
		} else if (character === '[') {
			parser.position = parser.source.indexOf(']', parser.position) + 1;
			node = { kind: 'other', min: 1 };
		} else if (character === '\\') {
			parser.position++;
			node = { kind: 'other', min: 1 };
		} else
			node = /[a-z0-9 ]/.test(character) ? { kind: 'char', character, min: 1 } : { kind: 'other', min: 1 };
		const quantifier = /^(\?|\*|\+|\{(\d+)(,\d*)?\})/.exec(parser.source.slice(parser.position));
		if (quantifier) {
			parser.position += quantifier[0].length;
			const min = quantifier[0] === '+' ? 1 : quantifier[2] ? Number(quantifier[2]) : 0;
			// A repeated or optional character is no literal: mark it so runs of letters stop there.
			if (node.kind !== 'lookaround')
				node = node.kind === 'group' ? { ...node, min } : { kind: 'other', min };
		}
		alternatives[alternatives.length - 1]?.push(node);
	}
	return alternatives;
}

// Whether the position after nodes[0..end) is at a word boundary, given the boundary before them.
function endsAtBoundary(nodes: Node[], before: boolean): boolean {
	let boundary = before;
	for (const node of nodes) {
		if (node.kind === 'lookaround') continue;
		if (node.kind === 'char') boundary = node.character === ' ';
		else if (node.kind === 'other') boundary = false;
		else {
			const afterEach = node.alternatives.every((alternative) => endsAtBoundary(alternative, boundary));
			boundary = node.min === 0 ? boundary && afterEach : afterEach;
		}
	}
	return boundary;
}

// Whether the position before nodes[from..] is at a word boundary, given the boundary after them.
function startsAtBoundary(nodes: Node[], from: number, after: boolean): boolean {
	const node = nodes[from];
	if (!node) return after;
	if (node.kind === 'lookaround') return startsAtBoundary(nodes, from + 1, after);
	if (node.kind === 'char') return node.character === ' ';
	if (node.kind === 'other') return false;
	const rest = startsAtBoundary(nodes, from + 1, after);
	const each = node.alternatives.every((alternative) => startsAtBoundary(alternative, 0, rest));
	return node.min === 0 ? each && rest : each;
}

function anchorsOf(nodes: Node[], before: boolean, after: boolean): string[] | null {
	const candidates: string[][] = [];
	let index = 0;
	while (index < nodes.length) {
		const node = nodes[index];
		const boundaryBefore = endsAtBoundary(nodes.slice(0, index), before);
		if (node?.kind === 'char') {
			let run = '';
			for (let next = nodes[index]; next?.kind === 'char'; next = nodes[++index]) run += next.character;
			const words = run.split(' ');
			const runEndsAtBoundary = startsAtBoundary(nodes, index, after);
			words.forEach((word, position) => {
				const wholeStart = position > 0 || boundaryBefore;
				const wholeEnd = position < words.length - 1 || runEndsAtBoundary;
				if (word && wholeStart && wholeEnd) candidates.push([word]);
			});
			continue;
		}
		if (node?.kind === 'group' && node.min > 0) {
			const boundaryAfter = startsAtBoundary(nodes, index + 1, after);
			const perAlternative = node.alternatives.map((alternative) =>
				anchorsOf(alternative, boundaryBefore, boundaryAfter)
			);
			if (perAlternative.every((words) => words !== null)) {
				candidates.push([...new Set(perAlternative.flatMap((words) => words ?? []))]);
			}
		}
		index++;
	}
	return candidates.reduce<string[] | null>((best, candidate) => {
		return !best || score(candidate) > score(best) ? candidate : best;
	}, null);
}

// Long, few words filter best: "suicider" beats "me", one word beats twenty.
function score(words: string[]): number {
	const shortest = Math.min(...words.map((word) => word.length));
	return Math.min(shortest, 6) * 100 - words.length;
}
