/*
 * Compile-only stand-in, never packaged: the host (Jira 11.3 / Confluence 10.2) provides the real type.
 * Mirrors: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (AO plugin 2.0.1; the interface is unchanged in shape since). Only the members Hindsight calls are declared;
 * the type parameter bounds are copied so that the erased descriptors match the real interface.
 */
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /** Listed in the AO 2.0.1 Javadoc cited above; the erasure is (Class, String, Object[]) -> int. */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /**
     * Listed (as count, three overloads) on the AO 2.0.1 TestActiveObjects Javadoc page,
     * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/test/TestActiveObjects.html;
     * the parameter and return types are those of the AO plugin's implementations of this interface (erasure
     * (Class, Query) -> int).
     */
    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
