import { intlLocale, type TemplateLocale } from './localized.ts';

/** A picked day (yyyy-mm-dd) as the language writes it: 30-06-2027, 30 June 2027 (anything else as typed). */
export function pickedDay(value: string, locale: TemplateLocale): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return value;
	const format: Intl.DateTimeFormatOptions =
		locale === 'nl'
			? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
			: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(intlLocale(locale), format).format(Date.parse(value));
}
