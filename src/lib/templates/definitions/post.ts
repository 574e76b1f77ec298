import { row } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/** Li & Bernoff's POST model: four steps in this order, technology last. */
export default {
	id: 'post',
	order: 1,
	title: { nl: 'POST-model', en: 'POST model' },
	description: {
		nl: 'Mensen, Doelen en doelstellingen, Strategie, Technologie — in die volgorde.',
		en: 'People, Objectives, Strategy, Technology — in that order.'
	},
	source: {
		nl: 'Bron: Li & Bernoff, Groundswell (POST-model).',
		en: 'Source: Li & Bernoff, Groundswell (POST model).'
	},
	areas: row(
		[
			{
				key: 'people',
				title: { nl: 'P — Mensen', en: 'P — People' },
				guidance: {
					nl: 'Wie? Klanten, markt, doelgroep. Waar is je doelgroep online, hoe ver is ze met social media, op welke netwerken?',
					en: 'Who? Customers, market, audience. Where is your audience online, how far along with social media, on which networks?'
				}
			},
			{
				key: 'objectives',
				title: { nl: 'O — Doelen en doelstellingen', en: 'O — Objectives' },
				guidance: {
					nl: 'Wat? Welke doelen en SMART-doelstellingen wil je bereiken?',
					en: 'What? Which goals and SMART objectives do you want to reach?'
				}
			},
			{
				key: 'strategy',
				title: { nl: 'S — Strategie', en: 'S — Strategy' },
				guidance: {
					nl: 'Hoe? Hoe verandert de relatie met de klant door social media? Welke acties en middelen, en hoe meet je ze?',
					en: 'How? How does the customer relationship change through social media? Which actions and means, and how are they measured?'
				}
			},
			{
				key: 'technology',
				title: { nl: 'T — Technologie', en: 'T — Technology' },
				guidance: {
					nl: 'Met welke middelen? Tools, platforms, eigen blogs, wiki’s of apps. Kies een middel pas als je zeker weet dat de doelgroep er zit (people), dat je doelen ermee worden behaald (objectives) en dat het past bij je strategie (strategy). Als laatste: technologie verandert het snelst.',
					en: 'With which means? Tools, platforms, own blogs, wikis or apps. Choose one only once you know your audience is there (people), it achieves your objectives (objectives) and it fits your strategy (strategy). Last: technology changes fastest.'
				}
			}
		],
		{ w: 420, h: 900 }
	),
	notes: []
} satisfies TemplateDefinition;
