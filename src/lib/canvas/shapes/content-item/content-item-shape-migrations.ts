import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Content item cards live on in saved boards: a props change is a new numbered migration here. */
export const contentItemShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
