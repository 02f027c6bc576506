package io.hindsight.postmortem.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data: the labelled blameless-language corpus (tuning part and held-out part), read from test resources. */
public final class LabelledCorpus {

    public static final String TUNING = "io/hindsight/postmortem/lint/blameless-corpus.tsv";
    public static final String HELD_OUT = "io/hindsight/postmortem/lint/blameless-corpus-heldout.tsv";

    /** One labelled sentence. */
    public record Example(boolean blame, String sentence) {
    }

    private LabelledCorpus() {
    }

    public static List<Example> read(String resource) {
        try (InputStream in = LabelledCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing corpus " + resource);
            }
            List<Example> examples = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if (columns.length != 2 || !(columns[0].equals("blame") || columns[0].equals("ok"))) {
                    throw new IllegalStateException("Bad corpus line: " + line);
                }
                examples.add(new Example(columns[0].equals("blame"), columns[1]));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
