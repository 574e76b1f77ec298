import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/**
 * Persona cards live on in saved boards: a change to their props is a new numbered migration
 * here (createShapePropsMigrationIds('persona', { … })), never an edit of an old one.
 */
export const personaShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
