package org.gongshi.server.staff;

/**
 * A logged-in member of staff.
 *
 * @param staff the account name, as the change log records it
 * @param token the cookie's value; never shown on a page
 * @param csrf  the value every form of this session carries back: derived from the token with the server's
 *              key, so a page elsewhere, which cannot read the cookie, cannot know it
 */
record StaffSession(String staff, String token, String csrf) {
}
