import { defineCard } from '../card/card-definition.ts';

/** One post in the content calendar, with the SUCCESs checklist (docs/models.md). */
export const contentItemCard = defineCard({
	type: 'content-item',
	label: { nl: 'Contentitem', en: 'Content item' },
	accent: '#f08c00',
	extraHeight: 110,
	fields: [
		{ key: 'date', label: { nl: 'Datum', en: 'Date' }, kind: 'date' },
		{ key: 'channel', label: { nl: 'Kanaal', en: 'Channel' }, kind: 'text' },
		{
			key: 'format',
			label: { nl: 'Vorm (reel, post, story…)', en: 'Format (reel, post, story…)' },
			kind: 'text'
		},
		{
			key: 'mix',
			label: { nl: 'Contentmix', en: 'Content mix' },
			kind: 'select',
			options: [
				{ value: 'informative', label: { nl: 'Informatief', en: 'Informative' } },
				{ value: 'entertaining', label: { nl: 'Vermakelijk', en: 'Entertaining' } },
				{ value: 'promotional', label: { nl: 'Promotioneel', en: 'Promotional' } }
			]
		},
		{
			key: 'success',
			label: { nl: 'SUCCESs', en: 'SUCCESs' },
			kind: 'checklist',
			// Heath & Heath's SUCCESs checklist.
			options: [
				{ value: 'simple', label: { nl: 'Simpel', en: 'Simple' } },
				{ value: 'unexpected', label: { nl: 'Onverwacht', en: 'Unexpected' } },
				{ value: 'concrete', label: { nl: 'Concreet', en: 'Concrete' } },
				{ value: 'credible', label: { nl: 'Geloofwaardig', en: 'Credible' } },
				{ value: 'emotional', label: { nl: 'Emotioneel', en: 'Emotional' } },
				{ value: 'stories', label: { nl: 'Verhalen', en: 'Stories' } }
			]
		}
	]
});
