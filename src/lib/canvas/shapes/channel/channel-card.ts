import { defineCard } from '../card/card-definition.ts';

/** A social network in the channel choice: why it fits the audience, what and how often (docs/models.md, plan chapter 4). */
export const channelCard = defineCard({
	type: 'channel',
	label: { nl: 'Kanaal', en: 'Channel' },
	accent: '#0c8599',
	fields: [
		{ key: 'network', label: { nl: 'Netwerk', en: 'Network' }, kind: 'text' },
		{
			key: 'audienceFit',
			label: { nl: 'Past bij de doelgroep omdat…', en: 'Fits the audience because…' },
			kind: 'multiline'
		},
		{ key: 'contentTypes', label: { nl: 'Soorten content', en: 'Content types' }, kind: 'text' },
		{ key: 'frequency', label: { nl: 'Hoe vaak posten', en: 'Posting frequency' }, kind: 'text' },
		{
			key: 'media',
			label: { nl: 'Owned of paid', en: 'Owned or paid' },
			kind: 'select',
			options: [
				{ value: 'owned', label: { nl: 'Owned', en: 'Owned' } },
				{ value: 'paid', label: { nl: 'Paid', en: 'Paid' } },
				{ value: 'both', label: { nl: 'Beide', en: 'Both' } }
			]
		}
	]
});
