import { row, rowWidth } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/** What the plan costs: a budget card with amounts and a total, and an area per kind of cost. */
export default {
	id: 'budget',
	order: 12,
	title: { nl: 'Budget en middelen', en: 'Budget and resources' },
	description: {
		nl: 'Advertenties, content, tools, externe hulp, mensen en tijd.',
		en: 'Ads, content, tools, external help, people and time.'
	},
	source: {
		nl: 'Bron: budget en middelen uit het lesmateriaal; het noemt geen auteur.',
		en: 'Source: budget and resources from the course material; it names no author.'
	},
	areas: [
		{
			key: 'budget',
			x: 0,
			y: 0,
			w: rowWidth(5, 340),
			h: 560,
			title: { nl: 'Begroting', en: 'Budget' },
			guidance: {
				nl: 'Elke post met zijn bedrag: de kaart telt het totaal op. Is het realistisch, en past het bij wat management beschikbaar stelt?',
				en: 'Each item with its amount: the card adds up the total. Is it realistic, and does it fit what management makes available?'
			}
		},
		...row(
			[
				{
					key: 'ads',
					title: { nl: 'Advertenties', en: 'Ads' },
					guidance: { nl: 'Paid media per kanaal en periode.', en: 'Paid media per channel and period.' }
				},
				{
					key: 'content',
					title: { nl: 'Contentcreatie', en: 'Content creation' },
					guidance: {
						nl: 'Foto, video, tekst: zelf of uitbesteed?',
						en: 'Photo, video, copy: in-house or outsourced?'
					}
				},
				{
					key: 'tools',
					title: { nl: 'Tools', en: 'Tools' },
					guidance: { nl: 'Planning, monitoring, analyse.', en: 'Scheduling, monitoring, analytics.' }
				},
				{
					key: 'external',
					title: { nl: 'Externe hulp', en: 'External help' },
					guidance: { nl: 'Bureaus, freelancers, influencers.', en: 'Agencies, freelancers, influencers.' }
				},
				{
					key: 'people',
					title: { nl: 'Mensen, tijd, expertise', en: 'People, time, expertise' },
					guidance: {
						nl: 'Wie, hoeveel uur per week, wat moeten ze kunnen?',
						en: 'Who, how many hours a week, which skills?'
					}
				}
			],
			{ y: 640, w: 340, h: 700 }
		)
	],
	notes: [],
	shapes: [{ key: 'budget-card', type: 'budget', area: 'budget', x: 24, y: 140 }]
} satisfies TemplateDefinition;
