import { intlLocale, type TemplateLocale } from './localized.ts';

/** How a day is typed in each language (what the field shows and suggests as its placeholder). */
export const DAY_PATTERN: Record<TemplateLocale, string> = { nl: 'dd-mm-jjjj', en: 'dd/mm/yyyy' };

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored day (yyyy-mm-dd) as it is typed in the language: 30-06-2027, 30/06/2027; anything else as it is. */
export function typedDay(iso: string, locale: TemplateLocale): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	const [, y, m, d] = match;
	return locale === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
}

/** A real day of the calendar as yyyy-mm-dd, or null (31 April, month 13). */
export function isoDay(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	const real =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real && year >= 1000 && year <= 9999 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * A typed day as yyyy-mm-dd: day first in either language (30-6-2027, 30/06/2027, 30.6.2027) or
 * already yyyy-mm-dd; null when it is no day ('' is no day either: the caller clears the field).
 */
export function parseTypedDay(text: string): string | null {
	const trimmed = text.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
	if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
	if (dayFirst) return isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
	return null;
}

/** The days of a month's calendar page, weeks from Monday: null for the blanks before the 1st. */
export function monthGrid(year: number, month: number): (number | null)[] {
	const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
	const blanks = (first + 6) % 7;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return [...Array.from({ length: blanks }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)];
}

/** "juni 2027", "June 2027". */
export const monthTitle = (year: number, month: number, locale: TemplateLocale) =>
	new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		Date.UTC(year, month - 1, 1)
	);

/** The weekdays' short names from Monday: ma di wo …, Mon Tue Wed …. */
export const weekdayNames = (locale: TemplateLocale) =>
	// 2024-01-01 was a Monday.
	Array.from({ length: 7 }, (_, i) =>
		new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' }).format(
			Date.UTC(2024, 0, 1 + i)
		)
	);
