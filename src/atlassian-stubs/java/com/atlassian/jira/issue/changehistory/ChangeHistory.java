/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html
 * (Jira 7.3.4): "@PublicApi public class ChangeHistory" with List<ChangeItemBean> getChangeItemBeans(), String
 * getAuthorKey() and Timestamp getTimePerformed(). CONFIRMED (doc) for Jira 7.3.4; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

public class ChangeHistory {

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getAuthorKey() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("stand-in");
    }
}
