/** Text in both UI languages; the Dutch terms are the ones users know (see docs/models.md). */
export interface Localized {
	nl: string;
	en: string;
}

/** The language of template and card text (a key of Localized). */
export type TemplateLocale = 'nl' | 'en';

/** The template language for a UI locale: English for English, Dutch for everything else. */
export const templateLocale = (locale: string): TemplateLocale => (locale === 'en' ? 'en' : 'nl');
