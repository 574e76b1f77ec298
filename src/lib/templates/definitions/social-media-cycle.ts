import { notesIn, row } from '../layout.ts';
import type { Localized, TemplateDefinition } from '../types.ts';

/** Steps numbered on from `first`, across the three phases. */
const steps = (first: number, ...labels: [string, string][]): Localized[] =>
	labels.map(([nl, en], i) => ({ nl: `${first + i}. ${nl}`, en: `${first + i}. ${en}` }));

/** The Social Media Cycle: three phases, each split into four steps from its contents. */
export default {
	id: 'social-media-cycle',
	order: 6,
	title: { nl: 'Social Media Cycle', en: 'Social Media Cycle' },
	description: { nl: 'Drie fasen, twaalf stappen.', en: 'Three phases, twelve steps.' },
	source: {
		nl: 'Bron: Social Media Cycle, naar MarketingMonday.',
		en: 'Source: Social Media Cycle, after MarketingMonday.'
	},
	areas: row(
		[
			{
				key: 'strategy',
				title: { nl: 'Fase 1 — Strategie', en: 'Phase 1 — Strategy' },
				guidance: {
					nl: 'Doelen, doelgroep, content en kanalen; owned en/of paid media.',
					en: 'Objectives, audience, content and channels; owned and/or paid media.'
				}
			},
			{
				key: 'community',
				title: { nl: 'Fase 2 — Community’s opbouwen', en: 'Phase 2 — Building communities' },
				guidance: {
					nl: 'Fans verbinden en activeren, de community laten groeien en omzetten in kopers.',
					en: 'Connect and activate fans, grow the community and turn it into buyers.'
				}
			},
			{
				key: 'facilitating',
				title: { nl: 'Fase 3 — Faciliteren en organiseren', en: 'Phase 3 — Facilitating and organising' },
				guidance: {
					nl: 'Resultaten analyseren, medewerkers motiveren, tools bieden, taken verdelen.',
					en: 'Analyse results, motivate employees, provide tools, decide who does what.'
				}
			}
		],
		{ w: 480, h: 1100 }
	),
	notes: [
		...notesIn(
			'strategy',
			steps(
				1,
				['Doelstellingen', 'Objectives'],
				['Doelgroep', 'Audience'],
				['Content', 'Content'],
				['Kanalen: owned en paid', 'Channels: owned and paid']
			),
			'yellow'
		),
		...notesIn(
			'community',
			steps(
				5,
				['Fans verbinden', 'Connect fans'],
				['Fans activeren', 'Activate fans'],
				['Community laten groeien', 'Grow the community'],
				['Omzetten in kopers', 'Turn into buyers']
			),
			'light-green'
		),
		...notesIn(
			'facilitating',
			steps(
				9,
				['Resultaten analyseren', 'Analyse results'],
				['Medewerkers motiveren', 'Motivate employees'],
				['Juiste tools bieden', 'Provide the right tools'],
				['Wie doet wat', 'Who does what']
			),
			'light-blue'
		)
	]
} satisfies TemplateDefinition;
