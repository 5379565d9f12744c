/**
 * What every context stands on: the schema migrations run at start-up, the caller and its data scope, the typed
 * business exceptions that the web tier turns into messages in the user's language, and paging of result lists.
 */
package kz.qaldyq.platform;
