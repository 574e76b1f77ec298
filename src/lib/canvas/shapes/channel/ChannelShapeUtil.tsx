import { fieldCardUtil } from '../card/field-card-util.tsx';
import { channelShapeMigrations } from './channel-shape-migrations.ts';
import {
	channelDefaultProps,
	channelFields,
	channelShapeProps,
	type ChannelShape
} from './channel-shape-props.ts';

export const ChannelShapeUtil = fieldCardUtil<ChannelShape>({
	type: 'channel',
	props: channelShapeProps,
	migrations: channelShapeMigrations,
	defaultProps: channelDefaultProps,
	fields: channelFields,
	kind: { nl: 'Kanaal', en: 'Channel' },
	accent: '#0c8599'
});
