import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Goal cards live on in saved boards: a props change is a new numbered migration here. */
export const goalShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
