/*
 * Compile-only stand-in, never packaged: Jira provides the real type (Atlassian's OfBiz entity engine).
 * Mirrors: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0):
 * createCustomField throws org.ofbiz.core.entity.GenericEntityException, a checked exception (reference
 * atlassian-api.md section 5, item 11). CONFIRMED (code); Jira 11.3: UNCONFIRMED. Hindsight only catches it.
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
