/**
 * The Concept's target indicators (DOMAIN §6): definitions with yearly targets, versioned formulas over approved data
 * only, the frozen 2025 baseline, the values entered by the ministry (learners, TOP-50 sustainability reports), and the
 * dashboard's figures nationally and per region.
 */
package kz.qaldyq.indicator;
