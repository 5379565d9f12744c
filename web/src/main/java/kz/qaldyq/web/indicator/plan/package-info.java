/**
 * The Action Plan's pages: plan/plan.xhtml (the 20 rows of a year grouped by direction, with the chain) and
 * plan/item.xhtml (one row: the regions' or the national report, status with text, evidence, history).
 */
package kz.qaldyq.web.indicator.plan;
