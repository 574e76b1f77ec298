import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { budgetCard } from './budget-card.ts';

describeCard(budgetCard);
