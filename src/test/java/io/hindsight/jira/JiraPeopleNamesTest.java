package io.hindsight.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Optional;
import org.junit.Test;

/** Display names from Jira's user manager, and nothing for keys Jira does not know. */
public class JiraPeopleNamesTest {

    private final UserManager users = mock(UserManager.class);
    private final JiraPeopleNames names = new JiraPeopleNames(users);

    @Test
    public void displayNameOf_knownUser_isJirasDisplayName() {
        ApplicationUser priya = mock(ApplicationUser.class);
        when(priya.getDisplayName()).thenReturn("Priya Raman");
        when(users.getUserByKey("JIRAUSER10101")).thenReturn(priya);

        assertEquals(Optional.of("Priya Raman"), names.displayNameOf("JIRAUSER10101"));
    }

    @Test
    public void displayNameOf_deletedUserOrBlankName_isEmptySoTheKeyIsShown() {
        ApplicationUser blank = mock(ApplicationUser.class);
        when(blank.getDisplayName()).thenReturn(" ");
        when(users.getUserByKey("JIRAUSER2")).thenReturn(blank);

        assertEquals(Optional.empty(), names.displayNameOf("JIRAUSER1"));
        assertEquals(Optional.empty(), names.displayNameOf("JIRAUSER2"));
        assertEquals(Optional.empty(), names.displayNameOf(null));
    }
}
