import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { channelCard } from './channel-card.ts';
import { channelShapeMigrations } from './channel-shape-migrations.ts';

export const ChannelShapeUtil = cardShapeUtil(channelCard, channelShapeMigrations);
