/**
 * The controls run on a statistical report (waste-1, waste-2) before it may be submitted and while it is reviewed:
 * a pure Java rule engine, free of Jakarta, persistence and CDI, so that services, pages and the API all call the
 * same code and get the same answer. Which rules a form version has, their severities, parameters and messages are
 * data stored with the form version, because the Bureau's official layout and controls will replace the portal's
 * own; only the rule kinds are code, one small class per {@link kz.qaldyq.validation.RuleKind}. The engine turns a
 * {@link kz.qaldyq.validation.FormSpec} into checked, pre-parsed rules once and then validates any number of reports
 * against it from any number of threads.
 */
package kz.qaldyq.validation;
