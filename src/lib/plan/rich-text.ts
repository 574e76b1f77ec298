import { isPlainObject } from '../plain-object.ts';

/** The words of tldraw rich text (a TipTap document): its text, a line per paragraph. */
export function plainText(richText: unknown): string {
	const lines: string[] = [];
	const walk = (node: unknown, line: string[]): void => {
		if (!isPlainObject(node)) return;
		if (node.type === 'text' && typeof node.text === 'string') line.push(node.text);
		if (node.type === 'hardBreak') line.push('\n');
		const children = Array.isArray(node.content) ? node.content : [];
		if (node.type === 'paragraph' || node.type === 'heading') {
			const own: string[] = [];
			for (const child of children) walk(child, own);
			lines.push(own.join(''));
			return;
		}
		for (const child of children) walk(child, line);
	};
	const top: string[] = [];
	walk(richText, top);
	if (top.length > 0) lines.unshift(top.join(''));
	return lines.join('\n').trim();
}
