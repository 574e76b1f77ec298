import { row } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/** OASIS: five steps, from objectives to keeping it up to date. */
export default {
	id: 'oasis',
	order: 5,
	title: { nl: 'OASIS', en: 'OASIS' },
	description: {
		nl: 'Vijf stappen: doelen, doelgroep, strategie, implementatie, bijhouden.',
		en: 'Five steps: objectives, audience, strategy, implementation, sustainment.'
	},
	source: {
		nl: 'Bron: OASIS, UK Government Communication Service.',
		en: 'Source: OASIS, UK Government Communication Service.'
	},
	areas: row(
		[
			{
				key: 'objectives',
				title: { nl: 'O — Doelen', en: 'O — Objectives' },
				guidance: {
					nl: 'Wat wil je bereiken, SMART geformuleerd?',
					en: 'What do you want to achieve, SMART?'
				}
			},
			{
				key: 'audience',
				title: { nl: 'A — Doelgroep', en: 'A — Audience' },
				guidance: {
					nl: 'Wie wil je bereiken en waar zijn ze online?',
					en: 'Whom do you want to reach and where are they online?'
				}
			},
			{
				key: 'strategy',
				title: { nl: 'S — Strategie', en: 'S — Strategy' },
				guidance: {
					nl: 'Hoe bereik je de doelen bij deze doelgroep?',
					en: 'How do you reach the objectives with this audience?'
				}
			},
			{
				key: 'implementation',
				title: { nl: 'I — Implementatie', en: 'I — Implementation' },
				guidance: {
					nl: 'Wie doet wat, wanneer en met welke middelen?',
					en: 'Who does what, when and with which means?'
				}
			},
			{
				key: 'sustainment',
				title: { nl: 'S — Bijhouden', en: 'S — Sustainment' },
				guidance: {
					nl: 'Hoe houd je het actueel, meet je en stuur je bij?',
					en: 'How do you keep it up to date, measure and adjust?'
				}
			}
		],
		{ w: 380, h: 820 }
	),
	notes: []
} satisfies TemplateDefinition;
