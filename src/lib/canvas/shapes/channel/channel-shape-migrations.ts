import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Channel cards live on in saved boards: a props change is a new numbered migration here. */
export const channelShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
