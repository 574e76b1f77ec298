import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { groundRulesCard } from './ground-rules-card.ts';

describeCard(groundRulesCard);
