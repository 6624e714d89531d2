/**
 * The surface layer: what every chat surface (Slack, Teams, the page and API, the terminal) does the same way, so an
 * adapter only translates a request in and renders a reply out. {@link org.protocolbot.surface.Conversation} is the
 * shared step (answer through the command language within each user's budget, offer the question to the log,
 * attach the signed feedback value; and clicks, verified); {@link org.protocolbot.surface.QuestionBudget} each user's
 * budget of questions ({@link org.protocolbot.surface.PerMinuteBudget} in memory, also the server's per-address
 * budgets; {@link org.protocolbot.surface.JdbcQuestionBudget} shared);
 * {@link org.protocolbot.surface.FailureNotice} the one apology with a reference;
 * {@link org.protocolbot.surface.Redeliveries} the answered-once guard (in memory, or shared through the database);
 * {@link org.protocolbot.surface.ReplicaGuards} both guards for one surface, and
 * {@link org.protocolbot.surface.SharedReplicaState} both from the database replicas share;
 * {@link org.protocolbot.surface.SurfaceHealth} what a vendor check found, for the banner and /readyz.
 * The wording itself is in {@code chat.Wording}, per {@code chat.Surface}; retried delivery is {@code delivery.RetriedSend}.
 *
 * <p>May import the core ({@code answer}, {@code chat}, {@code corpus}), {@code feedback}, JDBC and resilience4j;
 * never an adapter ({@code slack}, {@code teams}), {@code server} or {@code cli}.
 */
package org.protocolbot.surface;
