package io.hindsight.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import org.junit.Test;

/**
 * Hindsight stores people only as user keys (PRODUCT.md): no Active Objects entity of the plugin or the embedded
 * host has a column for a user name, display name, e-mail address or similar, which a user key would not survive a
 * rename or an erasure request without.
 */
public class PersonalDataColumnsTest {

    private static final Pattern PERSONAL = Pattern.compile(
            ".*(email|e_mail|mail_address|username|user_name|login|display_name|displayname|full_name|fullname"
                    + "|first_name|last_name|phone|address).*");

    @Test
    public void noEntityHasAColumnForPersonalData() {
        List<Class<?>> entities = entities();
        assertTrue("the scan found the entities: " + entities, entities.size() >= 10);
        List<String> found = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (Method method : entity.getDeclaredMethods()) {
                String column = snake(method.getName().replaceFirst("^(get|set|is)", ""));
                if (PERSONAL.matcher(column).matches()) {
                    found.add(entity.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    public void rule_recognisesAnE_mailColumn() {
        assertTrue(PERSONAL.matcher(snake("ReporterEmail")).matches());
        assertTrue(PERSONAL.matcher(snake("DisplayName")).matches());
        assertTrue(!PERSONAL.matcher(snake("ActorKey")).matches());
    }

    private static List<Class<?>> entities() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hindsight").stream()
                .filter(javaClass -> javaClass.isInterface() && javaClass.isAssignableTo(RawEntity.class))
                .<Class<?>>map(JavaClass::reflect).toList();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
