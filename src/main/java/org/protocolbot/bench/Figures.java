package org.protocolbot.bench;

/** How figures are written in the JSON reports: two decimals are plenty for milliseconds and MiB. */
final class Figures {

    private Figures() {
    }

    static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
