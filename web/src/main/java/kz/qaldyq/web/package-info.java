/**
 * The portal's pages: backing beans in packages that mirror the page paths, the language of the user, the current
 * user and its menu, the translation of business refusals into messages in the user's language, and quantities and
 * moments written and read the way the user's language does.
 */
package kz.qaldyq.web;
