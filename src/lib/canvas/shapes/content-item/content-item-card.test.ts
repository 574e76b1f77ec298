import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { contentItemCard } from './content-item-card.ts';

describeCard(contentItemCard);
