import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import { CARD_WIDTH, initialCardHeight, type CardFieldOf } from '../card/card-field.ts';

const MEDIA = ['owned', 'paid', 'both'] as const;

export type ChannelShape = TLBaseShape<
	'channel',
	{
		w: number;
		h: number;
		network: string;
		audienceFit: string;
		contentTypes: string;
		frequency: string;
		media: string;
	}
>;

export const channelShapeProps: RecordProps<ChannelShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	network: T.string,
	audienceFit: T.string,
	contentTypes: T.string,
	frequency: T.string,
	media: T.literalEnum('', ...MEDIA)
};

export const channelFields: CardFieldOf<ChannelShape>[] = [
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
];

export const channelDefaultProps = (): ChannelShape['props'] => ({
	w: CARD_WIDTH,
	h: initialCardHeight(channelFields),
	network: '',
	audienceFit: '',
	contentTypes: '',
	frequency: '',
	media: ''
});
