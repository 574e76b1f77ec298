/** The language of template and card text. */
export type TemplateLocale = 'nl' | 'en';

/** The template language for a UI locale: English for English, Dutch for everything else. */
export const templateLocale = (locale: string): TemplateLocale => (locale === 'en' ? 'en' : 'nl');
