/**
 * Notices: what people are told — a report or pledge returned or accepted, a report due in three days or overdue, a
 * nomination appraised, approved or rejected, a decision published, a council session opened for its members. An
 * inbox with an unread count in the header, and the same by e-mail when a mail server is configured and the person
 * has not turned it off.
 * <p>
 * Other modules publish {@link vn.mttq.thidua.shared.Notify} events; this module writes one notice per person and
 * event (a unique key), in the publisher's transaction, and e-mails them from an outbox on a schedule that runs on
 * one instance at a time (ShedLock).
 */
@ApplicationModule(allowedDependencies = {"account::api", "audit", "security", "shared", "web"})
package vn.mttq.thidua.notice;

import org.springframework.modulith.ApplicationModule;
