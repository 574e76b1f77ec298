/** How long typed names and titles may be: the forms in the browser and the server's checks agree. */
export const TITLE_MAX_LENGTH = 120;
export const TEAM_NAME_MAX_LENGTH = 80;
/** An account's name. */
export const NAME_MAX_LENGTH = 60;
export const GUEST_NAME_MAX_LENGTH = 40;
