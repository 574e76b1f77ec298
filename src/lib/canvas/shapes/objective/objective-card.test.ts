import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { objectiveCard } from './objective-card.ts';

describeCard(objectiveCard);
