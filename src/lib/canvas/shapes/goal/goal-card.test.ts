import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { goalCard } from './goal-card.ts';

describeCard(goalCard);
