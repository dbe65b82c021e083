// Limits of a new password, shared with the forms (kept apart from the common-password list so
// that the browser never downloads the list).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
