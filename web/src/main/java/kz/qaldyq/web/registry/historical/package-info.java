/**
 * Pages of the historical-pollution register: the public register and object page (no login), the akimat's and the
 * ministry's lists and the object page where it is described, submitted and decided on.
 */
package kz.qaldyq.web.registry.historical;
