import { describe, expect, it } from 'vitest';
import { normalizeTypedText } from '../../src/lib/server/typed-text.ts';

describe('typed names and titles', () => {
	it.each([
		['  Social   media\tplan ', 'Social media plan'],
		['Anouk\u200B', 'Anouk'],
		['Jan\u202Eneppiz', 'Janneppiz'],
		['\u2066Sanne\u2069', 'Sanne'],
		['Bo\u0000b', 'Bo b'],
		['\uFEFFTeam', 'Team'],
		['Ren\u0065\u0301e', 'Renée'],
		['Zoë 🎉', 'Zoë 🎉']
	])('cleans %j to %j', (raw, clean) => {
		expect(normalizeTypedText(raw, 60)).toBe(clean);
	});

	it.each([
		['empty', ''],
		['spaces', '   '],
		['zero-width spaces', '\u200B\u200B\u200B'],
		['a bidi override alone', '\u202E'],
		['Hangul fillers', '\u3164\u3164'],
		['a blank Braille pattern', '\u2800'],
		['NUL', '\u0000'],
		['a combining mark alone', '\u0301'],
		['too long', 'x'.repeat(61)],
		['not text', { toString: (): string => 'Anouk' }]
	])('refuses %s', (_what, raw) => {
		expect(normalizeTypedText(raw, 60)).toBeNull();
	});
});
