import { intlLocale, type TemplateLocale } from '../../../i18n/localized.ts';

/**
 * An amount as a team types it in a table cell, in either language's notation: `€ 1.250,50`,
 * `1,250.50`, `12,5`, `400`. The separator that comes last is the decimal one, unless it is
 * followed by exactly three digits and stands alone (`1.250` is twelve hundred and fifty, as a
 * Dutch reader means it). Anything else is not an amount: null.
 */
export function parseAmount(text: string): number | null {
	const cleaned = text.replace(/€|eur\b|\s/gi, '');
	if (!/^-?\d[\d.,]*$/.test(cleaned)) return null;
	const sign = cleaned.startsWith('-') ? -1 : 1;
	const digits = cleaned.replace(/^-/, '');
	const lastSeparator = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
	if (lastSeparator === -1) return sign * Number(digits);
	const separator = digits[lastSeparator]!;
	const fraction = digits.slice(lastSeparator + 1);
	const whole = digits.slice(0, lastSeparator);
	const otherSeparator = separator === '.' ? ',' : '.';
	const onlyOnce = digits.indexOf(separator) === lastSeparator;
	const isDecimal =
		onlyOnce && (fraction.length !== 3 || whole === '0' || whole.includes(otherSeparator)) && fraction !== '';
	const thousands = isDecimal ? otherSeparator : separator;
	const groups = (isDecimal ? whole : digits).split(thousands);
	// Thousands groups after the first have three digits: `1.2.3` is not an amount.
	if (groups.slice(1).some((group) => group.length !== 3) || groups[0] === '') return null;
	const integer = groups.join('');
	if (!/^\d+$/.test(integer) || (isDecimal && !/^\d+$/.test(fraction))) return null;
	return sign * Number(isDecimal ? `${integer}.${fraction}` : integer);
}

/** The sum of a column's amounts, and how many filled cells are not amounts (so the total says it misses them). */
export function columnTotal(cells: string[]): { total: number; skipped: number } {
	let total = 0;
	let skipped = 0;
	for (const cell of cells) {
		if (cell.trim() === '') continue;
		const amount = parseAmount(cell);
		if (amount === null) skipped++;
		else total += amount;
	}
	return { total: Math.round(total * 100) / 100, skipped };
}

export const formatEuros = (amount: number, locale: TemplateLocale) =>
	new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(amount);
