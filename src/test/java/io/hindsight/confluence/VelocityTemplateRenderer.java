package io.hindsight.confluence;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/** The host's TemplateRenderer played by a real Velocity 2 engine reading templates from the class path. */
final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine;

    VelocityTemplateRenderer() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        engine.getTemplate(templateName, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
    }
}
