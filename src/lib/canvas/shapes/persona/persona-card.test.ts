import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { personaCard } from './persona-card.ts';

describeCard(personaCard);
