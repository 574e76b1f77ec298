import { row, rowWidth } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

const GOAL_W = 360;
const OBJECTIVE_W = 280;

/** The four big goals, Li & Bernoff's five objectives, and a lane for SMART objectives. */
export default {
	id: 'goals-objectives',
	order: 2,
	title: { nl: 'Doelen en doelstellingen', en: 'Goals and objectives' },
	description: {
		nl: 'De vier grote doelen, de vijf doelstellingen van Li & Bernoff en een baan voor SMART-doelstellingen.',
		en: 'The four big goals, Li & Bernoff’s five objectives and a lane for SMART objectives.'
	},
	source: {
		nl: 'Bron: Li & Bernoff, Groundswell (de vijf doelstellingen); de vier doelen en SMART uit het lesmateriaal, zonder auteur.',
		en: 'Source: Li & Bernoff, Groundswell (the five objectives); the four goals and SMART from the course material, no author named.'
	},
	areas: [
		...row(
			[
				{
					key: 'traffic',
					title: { nl: 'Traffic', en: 'Traffic' },
					guidance: {
						nl: 'Meer bezoekers naar je site of winkel.',
						en: 'More visitors to your site or shop.'
					}
				},
				{
					key: 'engagement',
					title: { nl: 'Engagement', en: 'Engagement' },
					guidance: {
						nl: 'Meer interactie: reacties, delen, gesprekken.',
						en: 'More interaction: comments, shares, conversations.'
					}
				},
				{
					key: 'findability',
					title: { nl: 'Vindbaarheid', en: 'Findability' },
					guidance: {
						nl: 'Beter gevonden worden, ook in zoekmachines.',
						en: 'Being found more easily, in search engines too.'
					}
				},
				{
					key: 'conversion',
					title: { nl: 'Sales (conversie)', en: 'Sales (conversion)' },
					guidance: {
						nl: 'Verkoop: ondersteund door social media, niet behaald óp social media.',
						en: 'Sales: supported by social media, not achieved on it.'
					}
				}
			],
			{ w: GOAL_W, h: 420 }
		),
		...row(
			[
				{
					key: 'listening',
					title: { nl: '1. Listening', en: '1. Listening' },
					guidance: { nl: 'Onderzoek: je klanten begrijpen.', en: 'Research: understand your customers.' }
				},
				{
					key: 'talking',
					title: { nl: '2. Talking', en: '2. Talking' },
					guidance: {
						nl: 'Een boodschap verspreiden, pas als je klaar bent voor dialoog.',
						en: 'Spread a message, only when ready for dialogue.'
					}
				},
				{
					key: 'energizing',
					title: { nl: '3. Energizing', en: '3. Energizing' },
					guidance: {
						nl: 'Laat je grootste fans het merk promoten.',
						en: 'Let your biggest fans promote the brand.'
					}
				},
				{
					key: 'supporting',
					title: { nl: '4. Supporting', en: '4. Supporting' },
					guidance: {
						nl: 'Een platform waar klanten elkaar helpen; zo gaan de supportkosten omlaag.',
						en: 'A platform where customers help each other, which lowers support costs.'
					}
				},
				{
					key: 'embracing',
					title: { nl: '5. Embracing', en: '5. Embracing' },
					guidance: {
						nl: 'Klantinput in het productontwerp: het moeilijkst, pas na de andere vier.',
						en: 'Customer input in product design: hardest, only after the other four.'
					}
				}
			],
			{ y: 500, w: OBJECTIVE_W, h: 420, gap: (rowWidth(4, GOAL_W) - 5 * OBJECTIVE_W) / 4 }
		),
		{
			key: 'smart',
			x: 0,
			y: 1000,
			w: rowWidth(4, GOAL_W),
			h: 680,
			title: { nl: 'SMART-doelstellingen', en: 'SMART objectives' },
			guidance: {
				nl: 'Specifiek, meetbaar, haalbaar, relevant, tijdgebonden. Elke doelstelling heeft een KPI, een nulmeting en een streefwaarde met datum.',
				en: 'Specific, Measurable, Achievable, Relevant, Time-bound. Each objective has a KPI, a baseline and a target with a date.'
			}
		}
	],
	notes: [],
	shapes: [{ key: 'objective-1', type: 'objective', area: 'smart', x: 24, y: 150 }]
} satisfies TemplateDefinition;
