package io.hindsight.metrics.ao;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** A statement under construction: its text and its parameters, appended together so they cannot drift apart. */
final class Sql {

    /** Oracle refuses IN lists longer than 1000; longer lists become OR-ed chunks. */
    static final int MAX_IN_LIST = 1_000;

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql add(String sql) {
        text.append(sql);
        return this;
    }

    Sql param(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    /** Appends another statement's text and parameters. */
    Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** {@code (expr IN (?, …) OR expr IN (?, …))}; never empty: an empty set matches nothing. */
    Sql in(String expr, Collection<String> values) {
        if (values.isEmpty()) {
            return add("1 = 0");
        }
        List<String> list = new ArrayList<>(values);
        Collections.sort(list);
        text.append('(');
        for (int from = 0; from < list.size(); from += MAX_IN_LIST) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + MAX_IN_LIST));
            text.append(from == 0 ? "" : " OR ").append(expr).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(chunk.size(), "?"))).append(')');
            params.addAll(chunk);
        }
        text.append(')');
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Object> params() {
        return params;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
