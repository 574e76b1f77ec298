import { row } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/** What the plan costs: money and people. */
export default {
	id: 'budget',
	order: 11,
	title: { nl: 'Budget en middelen', en: 'Budget and resources' },
	description: {
		nl: 'Advertenties, content, tools, externe hulp, mensen en tijd.',
		en: 'Ads, content, tools, external help, people and time.'
	},
	source: {
		nl: 'Bron: budget en middelen uit het lesmateriaal; het noemt geen auteur.',
		en: 'Source: budget and resources from the course material; it names no author.'
	},
	areas: row(
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
		{ w: 340, h: 700 }
	),
	notes: []
} satisfies TemplateDefinition;
