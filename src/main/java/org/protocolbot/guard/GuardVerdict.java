package org.protocolbot.guard;

import java.util.Optional;

/**
 * The guard's decision on one question.
 *
 * @param rule the rule that fired (for audit, e.g. {@code party-business:campaigning}), or empty when the question may be answered
 */
public record GuardVerdict(Optional<String> rule) {

    public static GuardVerdict allow() {
        return new GuardVerdict(Optional.empty());
    }

    public static GuardVerdict refuse(String rule) {
        return new GuardVerdict(Optional.of(rule));
    }

    public boolean refused() {
        return rule.isPresent();
    }
}
