/**
 * The Concept's Action Plan (annex to Government Resolution No. 1201 of 31.12.2025): its 20 rows as reference data,
 * the yearly reports on each row (the ministry's rows nationally, the akimat rows 9, 10, 11 and 14 by every akimat for
 * its own region) with their history and evidence documents, overdue marks, and the annual reporting chain
 * (executors to the ministry by 1 April, onward by 1 May and 15 June).
 */
package kz.qaldyq.indicator.plan;
