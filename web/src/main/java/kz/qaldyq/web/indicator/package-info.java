/** Pages of the Concept's indicators: the dashboard, its drill-down, and what the ministry enters. */
package kz.qaldyq.web.indicator;
