package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import java.util.function.Consumer;

/** The table shapes the page uses: a header row, and key/value rows as page properties need. */
final class PageTables {

    private PageTables() {
    }

    static void openTable(StorageWriter out, String... headers) {
        out.open(StorageTag.TABLE).open(StorageTag.TBODY);
        if (headers.length > 0) {
            out.open(StorageTag.TR);
            for (String header : headers) {
                out.element(StorageTag.TH, header);
            }
            out.close();
        }
    }

    static void closeTable(StorageWriter out) {
        out.close().close();
    }

    static void keyValueRow(StorageWriter out, String key, Consumer<StorageWriter> value) {
        out.open(StorageTag.TR).element(StorageTag.TH, key).open(StorageTag.TD);
        value.accept(out);
        out.close().close();
    }

    static void cell(StorageWriter out, Consumer<StorageWriter> content) {
        out.open(StorageTag.TD);
        content.accept(out);
        out.close();
    }

    static void textCell(StorageWriter out, String text) {
        out.element(StorageTag.TD, text);
    }

    /** Text in italics: what a missing value looks like in a cell. */
    static void missing(StorageWriter out, String text) {
        out.element(StorageTag.EM, text);
    }
}
