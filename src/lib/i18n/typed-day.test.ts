import { describe, expect, it } from 'vitest';
import { monthGrid, monthTitle, parseTypedDay, typedDay, weekdayNames } from './typed-day.ts';

describe('typing a day', () => {
	it('reads a day typed day-first in either language, or as stored', () => {
		expect(parseTypedDay('30-06-2027')).toBe('2027-06-30');
		expect(parseTypedDay('30/6/2027')).toBe('2027-06-30');
		expect(parseTypedDay(' 1.2.2028 ')).toBe('2028-02-01');
		expect(parseTypedDay('2027-06-30')).toBe('2027-06-30');
	});

	it('refuses what is no day', () => {
		for (const text of ['', '31-04-2027', '29-02-2027', '12-13-2027', 'volgende week', '30-06-27'])
			expect(parseTypedDay(text), text).toBeNull();
		expect(parseTypedDay('29-02-2028')).toBe('2028-02-29');
	});

	it('shows a stored day as the language types it, and anything else as it is', () => {
		expect(typedDay('2027-06-30', 'nl')).toBe('30-06-2027');
		expect(typedDay('2027-06-30', 'en')).toBe('30/06/2027');
		expect(typedDay('eind juni', 'nl')).toBe('eind juni');
	});

	it('lays out a month from Monday in the language', () => {
		// 1 June 2027 is a Tuesday: one blank before it, thirty days.
		const june = monthGrid(2027, 6);
		expect(june.slice(0, 2)).toEqual([null, 1]);
		expect(june.filter((day) => day !== null)).toHaveLength(30);
		expect(monthTitle(2027, 6, 'nl')).toBe('juni 2027');
		expect(monthTitle(2027, 6, 'en')).toBe('June 2027');
		expect(weekdayNames('nl')[0]).toMatch(/^ma/);
		expect(weekdayNames('en')[6]).toMatch(/^Sun/);
	});
});
