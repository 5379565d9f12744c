/** The reviewer's pages: the region's inbox and the review of one report (approve, or return with comments). */
package kz.qaldyq.web.review;
