/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0): a
 * @PublicApi interface with CustomField createCustomField(String fieldName, String description, CustomFieldType
 * fieldType, CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
 * throws GenericEntityException (List, not Collection, on that page), CustomField getCustomFieldObject(String id)
 * ("customfield_10000" form, null when absent); getCustomFieldType(String key) and getCustomFieldSearcher(String
 * key) are CONFIRMED (code) in many plugins (reference atlassian-api.md section 2.3). CONFIRMED (doc) for Jira 7.2;
 * the List-vs-Collection erasure on Jira 11.3: UNCONFIRMED (the reference asks for javap on a real jar).
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

public interface CustomFieldManager {

    @SuppressWarnings("rawtypes")
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException;

    /** The field with this id ("customfield_10000"), or null. */
    CustomField getCustomFieldObject(String id);

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
