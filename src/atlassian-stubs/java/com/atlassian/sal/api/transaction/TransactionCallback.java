/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
 * (SAL 2.0, raw there); the generic form is what ActiveObjects.executeInTransaction takes. Erasure of
 * doInTransaction: ()Ljava/lang/Object; in both forms.
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    /** Runs inside the transaction; a RuntimeException rolls it back. */
    T doInTransaction();
}
