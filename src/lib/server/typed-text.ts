/**
 * Characters that show nothing or change how the text around them is shown: format characters
 * (zero-width spaces and joiners, bidi overrides such as U+202E, the BOM, soft hyphens) and the
 * letters that render as blanks (Hangul fillers, the blank Braille pattern).
 */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** Control characters (NUL among them) and any run of white space become one space. */
const SPACE_OR_CONTROL = /[\p{Cc}\s]+/gu;
/** Something a reader can see: a letter, digit, punctuation mark or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Cleans a typed name or title so that a person cannot appear as nobody, or as someone else
 * written backwards: invisible and bidi-control characters are removed, control characters and
 * white space collapse to single spaces. Null when nothing visible is left, when it is too long,
 * or when it is not text.
 */
export function normalizeTypedText(raw: unknown, maxLength: number): string | null {
	if (typeof raw !== 'string') return null;
	const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(SPACE_OR_CONTROL, ' ').trim();
	return VISIBLE.test(text) && text.length <= maxLength ? text : null;
}
