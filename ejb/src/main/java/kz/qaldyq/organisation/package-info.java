/**
 * Organisations identified by BIN, their facilities (sorting, recycling, composting, energy recovery, landfill,
 * production site), the portal's users and the links that give each user its data scope: an enterprise user its
 * organisations, an akimat user its region. The scope is enforced here, in the services, never only in pages.
 */
package kz.qaldyq.organisation;
