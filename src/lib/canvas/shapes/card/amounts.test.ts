import { describe, expect, it } from 'vitest';
import { columnTotal, formatEuros, parseAmount } from './amounts.ts';

describe('an amount typed in a table cell', () => {
	it.each([
		['400', 400],
		['€ 1.250,50', 1250.5],
		['1,250.50', 1250.5],
		['1.250', 1250],
		['1,250', 1250],
		['12,5', 12.5],
		['12.5', 12.5],
		['0,125', 0.125],
		['1.000.000', 1000000],
		['€2.500', 2500],
		['-75', -75],
		['1 250 EUR', 1250]
	])('reads %j as %d', (text, amount) => {
		expect(parseAmount(text)).toBe(amount);
	});

	it.each(['', 'ongeveer 400', '1.2.3', '12,5,0', '€', '1..0', ',5', '4OO'])('refuses %j', (text) => {
		expect(parseAmount(text)).toBeNull();
	});
});

describe('a column total', () => {
	it('adds the amounts and counts the filled cells that are not amounts', () => {
		expect(columnTotal(['€ 1.250,50', '', '300', 'n.t.b.', '49,50'])).toEqual({ total: 1600, skipped: 1 });
	});

	it('reads as euros in the viewer’s language', () => {
		expect(formatEuros(1600, 'nl').replace(/\s/g, ' ')).toBe('€ 1.600,00');
		expect(formatEuros(1600, 'en')).toBe('€1,600.00');
	});
});
