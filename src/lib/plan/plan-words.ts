import type { TemplateLocale } from '../i18n/localized.ts';

/** The plan document's own words, in the board's language. */
export const PLAN_WORDS: Record<
	TemplateLocale,
	{
		plan: string;
		start: string;
		empty: string;
		ring: string;
		otherFrames: string;
		sources: string;
		total: string;
		smart: string;
		/** The header of a card shown as a table (a persona). */
		item: string;
		content: string;
	}
> = {
	nl: {
		plan: 'Socialemediaplan',
		start: 'Vooraf: probleemstelling, organisatie en nulmeting',
		empty: 'Dit hoofdstuk is nog leeg op het bord.',
		ring: 'StepFree SocialStrategyModel',
		otherFrames: 'Overige notities op het bord',
		sources: 'Bronnen',
		total: 'Totaal',
		smart: 'SMART-check',
		item: 'Onderdeel',
		content: 'Invulling'
	},
	en: {
		plan: 'Social media plan',
		start: 'First: problem statement, organisation and baseline',
		empty: 'This chapter is still empty on the board.',
		ring: 'StepFree SocialStrategyModel',
		otherFrames: 'Other notes on the board',
		sources: 'Sources',
		total: 'Total',
		smart: 'SMART check',
		item: 'Item',
		content: 'Content'
	}
};
