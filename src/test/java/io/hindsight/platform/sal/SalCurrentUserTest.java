package io.hindsight.platform.sal;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.hindsight.platform.UnauthenticatedException;
import java.util.Optional;
import org.junit.Test;

public class SalCurrentUserTest {

    private final UserManager userManager = mock(UserManager.class);
    private final SalCurrentUser currentUser = new SalCurrentUser(userManager);

    @Test
    public void userKey_isSalsKeyOfTheSignedInUser() {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10100"));

        assertEquals(Optional.of("JIRAUSER10100"), currentUser.userKey());
    }

    @Test
    public void userKey_isEmptyForAnAnonymousRequest() {
        when(userManager.getRemoteUserKey()).thenReturn(null);

        assertEquals(Optional.empty(), currentUser.userKey());
    }

    @Test(expected = UnauthenticatedException.class)
    public void requireUserKey_refusesAnAnonymousRequest() {
        when(userManager.getRemoteUserKey()).thenReturn(null);

        currentUser.requireUserKey();
    }
}
