/**
 * The audit trail: every decision and every change of record (who, when, what, why), append-only, readable per
 * record. The Concept names corruption risk in approvals, so nothing that decides is left unrecorded.
 */
package kz.qaldyq.audit;
