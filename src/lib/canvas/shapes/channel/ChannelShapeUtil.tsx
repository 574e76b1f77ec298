import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { channelShapeMigrations } from './channel-shape-migrations.ts';
import {
	channelDefaultProps,
	channelFields,
	channelShapeProps,
	type ChannelShape
} from './channel-shape-props.ts';

const KIND = { nl: 'Kanaal', en: 'Channel' };

export class ChannelShapeUtil extends CardShapeUtil<ChannelShape> {
	static override type = 'channel' as const;
	static override props = channelShapeProps;
	static override migrations = channelShapeMigrations;

	override getDefaultProps() {
		return channelDefaultProps();
	}

	override component(shape: ChannelShape) {
		return <FieldCard shape={shape} kind={KIND} fields={channelFields} accent="#0c8599" />;
	}
}
