/**
 * The HTTP conventions every service follows, written once: optimistic concurrency with
 * {@code ETag}/{@code If-Match} ({@link nl.totalservice.onboarding.platform.web.http.IfMatch}), query parameters read
 * as text and refused with a 400 that names them ({@link nl.totalservice.onboarding.platform.web.http.QueryParams}),
 * and one page shape for every list ({@link nl.totalservice.onboarding.platform.web.http.Page}).
 */
package nl.totalservice.onboarding.platform.web.http;
