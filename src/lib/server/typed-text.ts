/** Trims and collapses the whitespace of a typed name or title; null when empty, too long or not text. */
export function normalizeTypedText(raw: unknown, maxLength: number): string | null {
	if (typeof raw !== 'string') return null;
	const text = raw.replace(/\s+/g, ' ').trim();
	return text.length > 0 && text.length <= maxLength ? text : null;
}
