package org.protocolbot.corpus;

import java.util.ArrayList;
import java.util.List;

/** Writes expected clause numbers compactly: {@code "4.1-4.5"} is 4.1, 4.2 … 4.5; {@code "1.01-1.03"} keeps the width. */
public final class ClauseSequences {

    private ClauseSequences() {
    }

    public static List<String> expand(String... ranges) {
        List<String> out = new ArrayList<>();
        for (String range : ranges) {
            if (!range.contains("-")) {
                out.add(range);
                continue;
            }
            String[] ends = range.split("-");
            String prefix = ends[0].substring(0, ends[0].lastIndexOf('.') + 1);
            String first = ends[0].substring(prefix.length());
            int last = Integer.parseInt(ends[1].substring(ends[1].lastIndexOf('.') + 1));
            for (int i = Integer.parseInt(first); i <= last; i++) {
                String minor = String.valueOf(i);
                while (minor.length() < first.length()) {
                    minor = "0" + minor;
                }
                out.add(prefix + minor);
            }
        }
        return out;
    }
}
