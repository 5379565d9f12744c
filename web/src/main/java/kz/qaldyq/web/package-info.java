/**
 * The portal's pages: backing beans in packages that mirror the page paths, the language of the user, the current
 * user and its menu, and the translation of business refusals into messages in the user's language.
 */
package kz.qaldyq.web;
