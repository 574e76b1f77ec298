/** Roles, shared by the browser and the server (and, as text, by the database's checks). */
export const BOARD_ROLES = ['facilitator', 'editor', 'viewer'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

/** A share link gives one of these; facilitators are made on the share page, not by a link. */
export const LINK_ROLES = ['editor', 'viewer'] as const satisfies readonly BoardRole[];
export type LinkRole = (typeof LINK_ROLES)[number];

export const TEAM_ROLES = ['owner', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
