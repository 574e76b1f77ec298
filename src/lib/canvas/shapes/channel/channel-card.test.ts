import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { channelCard } from './channel-card.ts';

describeCard(channelCard);
