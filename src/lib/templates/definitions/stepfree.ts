import type { TemplateDefinition } from '../types.ts';

/** The signature template: the StepFree ring, and a parking area for notes that have no step yet. */
export default {
	id: 'stepfree',
	order: 4,
	title: { nl: 'StepFree SocialStrategyModel', en: 'StepFree SocialStrategyModel' },
	description: {
		nl: 'De ring: de interne organisatie in het midden, de acht stappen van het social-marketingplan eromheen.',
		en: 'The ring: the internal organisation at the centre, the eight steps of the social marketing plan around it.'
	},
	source: {
		nl: 'Bron: StepFree met Zest marketing (Sjef Kerkhofs), SocialStrategyModel.',
		en: 'Source: StepFree with Zest marketing (Sjef Kerkhofs), SocialStrategyModel.'
	},
	areas: [
		{
			key: 'parking',
			x: 1520,
			y: 0,
			w: 480,
			h: 1400,
			title: { nl: 'Parkeerplaats', en: 'Parking area' },
			guidance: {
				nl: 'Ideeën die nog geen stap hebben. Sleep een notitie op een segment van de ring om hem daar onder te brengen.',
				en: 'Ideas without a step yet. Drag a note onto a segment of the ring to file it there.'
			}
		}
	],
	notes: [],
	shapes: [{ key: 'ring', type: 'stepfree-ring', x: 0, y: 0 }]
} satisfies TemplateDefinition;
