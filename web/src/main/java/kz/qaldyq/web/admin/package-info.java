/** The administrator's pages: organisations and facilities, and the links that give users their data scope. */
package kz.qaldyq.web.admin;
