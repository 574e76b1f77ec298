/** Text in both UI languages; the Dutch terms are the ones users know (see docs/models.md). */
export interface Localized {
	nl: string;
	en: string;
}

/** The language of template and card text (a key of Localized). */
export type TemplateLocale = 'nl' | 'en';

/** The template language for a UI locale: English for English, Dutch for everything else. */
export const templateLocale = (locale: string): TemplateLocale => (locale === 'en' ? 'en' : 'nl');

/** The locale Intl formats dates and numbers in for a language: Dutch as in the Netherlands, English as in Britain (day first). */
export const intlLocale = (locale: TemplateLocale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');
