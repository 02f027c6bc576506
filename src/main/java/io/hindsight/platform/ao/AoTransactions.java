package io.hindsight.platform.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.platform.Transactions;
import jakarta.inject.Named;
import java.util.function.Supplier;

/** Transactions on the host's Active Objects: one call, one transaction; a nested call joins the outer one. */
@Named
public final class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
