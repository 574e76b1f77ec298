import { row } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

const CHANNELS = ['Instagram', 'LinkedIn', 'TikTok', 'Facebook'];
const WEEK_W = 360;

/** Weeks × channels, with the content-mix legend (informative, entertaining, promotional). */
export default {
	id: 'content-calendar',
	order: 8,
	title: { nl: 'Contentkalender', en: 'Content calendar' },
	description: {
		nl: 'Weken × kanalen met een legenda voor de contentmix.',
		en: 'Weeks × channels with a content-mix legend.'
	},
	source: {
		nl: 'Bron: Heath & Heath, Made to Stick (SUCCESs); de contentmix uit het lesmateriaal.',
		en: 'Source: Heath & Heath, Made to Stick (SUCCESs); the content mix from the course material.'
	},
	areas: [
		{
			key: 'channels',
			x: 0,
			y: 0,
			w: 260,
			h: 1100,
			title: { nl: 'Kanalen', en: 'Channels' },
			guidance: { nl: 'Eén rij per kanaal.', en: 'One row per channel.' }
		},
		...row(
			[1, 2, 3, 4].map((week) => ({
				key: `week-${week}`,
				title: { nl: `Week ${week}`, en: `Week ${week}` },
				guidance: {
					nl: 'Zet contentitems in de rij van hun kanaal.',
					en: 'Put content items in the row of their channel.'
				}
			})),
			{ x: 300, w: WEEK_W, h: 1100 }
		),
		{
			key: 'content-mix',
			x: 300 + 4 * (WEEK_W + 40),
			y: 0,
			w: 300,
			h: 800,
			title: { nl: 'Contentmix', en: 'Content mix' },
			guidance: { nl: 'Kleur per soort: zoek de balans.', en: 'One colour per kind: find the balance.' }
		}
	],
	notes: [
		...CHANNELS.map((channel, i) => ({
			key: `channel-${i + 1}`,
			area: 'channels',
			x: 30,
			y: 150 + i * 230,
			text: { nl: channel, en: channel },
			color: 'grey' as const
		})),
		{
			key: 'mix-informative',
			area: 'content-mix',
			x: 50,
			y: 150,
			text: { nl: 'Informatief', en: 'Informative' },
			color: 'light-blue'
		},
		{
			key: 'mix-entertaining',
			area: 'content-mix',
			x: 50,
			y: 380,
			text: { nl: 'Vermakelijk', en: 'Entertaining' },
			color: 'yellow'
		},
		{
			key: 'mix-promotional',
			area: 'content-mix',
			x: 50,
			y: 570,
			text: { nl: 'Promotioneel', en: 'Promotional' },
			color: 'light-red'
		}
	],
	shapes: [{ key: 'first-item', type: 'content-item', area: 'week-1', x: 20, y: 140 }]
} satisfies TemplateDefinition;
