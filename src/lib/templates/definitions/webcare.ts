import { notesIn, row } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/**
 * Webcare as the course material sets it: the team writes its own definition and a response
 * protocol, with the source's examples as prompts, and ticks off the ground rules for business use.
 * The protocol's questions are the board's; the source gives no times or steps (docs/models.md).
 */
export default {
	id: 'webcare',
	order: 11,
	title: { nl: 'Webcare en spelregels', en: 'Webcare and ground rules' },
	description: {
		nl: 'Jullie eigen definitie van webcare, een reactieprotocol, de tone of voice en de spelregels voor zakelijk gebruik.',
		en: 'Your own definition of webcare, a response protocol, the tone of voice and the ground rules for business use.'
	},
	source: {
		nl: 'Bron: webcare en spelregels voor zakelijk gebruik uit het lesmateriaal, met verwijzingen naar Marketingfacts, Frankwatching en een video over webcare bij ABN AMRO; het noemt geen auteur.',
		en: 'Source: webcare and ground rules for business use from the course material, referring to Marketingfacts, Frankwatching and a video on webcare at ABN AMRO; it names no author.'
	},
	areas: [
		...row(
			[
				{
					key: 'definition',
					title: { nl: 'Onze definitie van webcare', en: 'Our definition of webcare' },
					guidance: {
						nl: 'Wat is webcare voor jullie? Lees en bekijk de voorbeelden, en schrijf dan je eigen omschrijving, in eigen woorden.',
						en: 'What is webcare to you? Read and watch the examples, then write your own description, in your own words.'
					}
				},
				{
					key: 'protocol',
					title: { nl: 'Reactieprotocol', en: 'Response protocol' },
					guidance: {
						nl: 'Wie beantwoordt wat, hoe snel, en wanneer escaleert het? De bron geeft geen tijden of stappen: die kiezen jullie.',
						en: 'Who answers what, how fast, and when does it escalate? The source gives no times or steps: you choose them.'
					}
				},
				{
					key: 'tone',
					title: { nl: 'Tone of voice', en: 'Tone of voice' },
					guidance: {
						nl: 'Hoe klinken we in een antwoord? Past het bij het merk en bij de rest van onze uitingen?',
						en: 'How do we sound in a reply? Does it fit the brand and the rest of what we publish?'
					}
				}
			],
			{ w: 500, h: 720 }
		),
		...row(
			[
				{
					key: 'examples',
					title: { nl: 'Voorbeelden uit de bron', en: 'Examples from the source' },
					guidance: {
						nl: 'Welke onderdelen uit jullie definitie zie je terug in de voorbeelden van Snapchat en WhatsApp?',
						en: 'Which parts of your definition do you recognise in the Snapchat and WhatsApp examples?'
					}
				},
				{
					key: 'ground-rules',
					title: { nl: 'Spelregels voor zakelijk gebruik', en: 'Ground rules for business use' },
					guidance: {
						nl: 'Vink af wat geregeld is; noteer jullie campagnehashtags.',
						en: 'Tick off what is in place; note your campaign hashtags.'
					}
				}
			],
			{ y: 800, w: 770, h: 700 }
		)
	],
	notes: [
		...notesIn(
			'protocol',
			[
				{ nl: 'Wie beantwoordt wat?', en: 'Who answers what?' },
				{ nl: 'Hoe snel reageren we, per kanaal?', en: 'How fast do we reply, per channel?' },
				{ nl: 'Wanneer escaleren we, en naar wie?', en: 'When do we escalate, and to whom?' }
			],
			'yellow',
			2
		),
		...notesIn(
			'examples',
			[
				{ nl: 'Webcare bij ABN AMRO (video)', en: 'Webcare at ABN AMRO (video)' },
				{ nl: 'Definities van webcare (Marketingfacts)', en: 'Definitions of webcare (Marketingfacts)' },
				{
					nl: 'Snapchat als marketingtool (Frankwatching)',
					en: 'Snapchat as a marketing tool (Frankwatching)'
				},
				{ nl: 'WhatsApp: kansen (Frankwatching)', en: 'WhatsApp: opportunities (Frankwatching)' }
			],
			'light-blue',
			3
		)
	],
	shapes: [{ key: 'ground-rules-card', type: 'ground-rules', area: 'ground-rules', x: 24, y: 140 }]
} satisfies TemplateDefinition;
