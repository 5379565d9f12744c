/**
 * The historical-pollution register (EC art. 142-144; Orders No. 329 and 345 of 2021): objects of accumulated
 * environmental damage identified and assessed by akimats, included, categorised and followed through liquidation by
 * the ministry, and published to anyone without login. The 30-working-day decision period runs on the public-holiday
 * calendar of the reference data.
 */
package kz.qaldyq.registry.historical;
