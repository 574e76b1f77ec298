import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { riskCard } from './risk-card.ts';

describeCard(riskCard);
