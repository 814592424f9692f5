package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The m2e mapping the jar ships: Eclipse runs {@code check} on incremental builds and leaves every
 * other goal of the plugin alone, so no goal of it draws m2e's "not covered by lifecycle" warning.
 */
class LifecycleMappingMetadataTest {
    private static final String MAPPING = "META-INF/m2e/lifecycle-mapping-metadata.xml";
    private static final String PLUGIN_DESCRIPTOR = "META-INF/maven/plugin.xml";

    @Test
    void checkRunsOnIncrementalBuildsAndEveryOtherGoalIsIgnored() throws Exception {
        Map<String, Element> actionByGoal = new LinkedHashMap<>();
        NodeList executions = read(MAPPING).getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            for (String goal : texts(execution, "goal")) {
                assertThat(actionByGoal.put(goal, action)).as("goal %s mapped twice", goal).isNull();
            }
        }

        List<String> goals = new ArrayList<>();
        NodeList mojos = read(PLUGIN_DESCRIPTOR).getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(texts((Element) mojos.item(i), "goal").get(0));
        }

        assertThat(goals).contains("check");
        assertThat(actionByGoal.keySet()).containsExactlyInAnyOrderElementsOf(goals);
        Element check = actionByGoal.get("check");
        assertThat(texts(check, "runOnIncremental")).containsExactly("true");
        for (String goal : goals) {
            if (!goal.equals("check")) {
                assertThat(actionByGoal.get(goal).getElementsByTagName("ignore").getLength())
                        .as("goal %s is ignored", goal).isEqualTo(1);
            }
        }
    }

    private static Document read(String resource) throws Exception {
        try (InputStream in = LifecycleMappingMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** The text of each element of that name under the element, in document order. */
    private static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList elements = parent.getElementsByTagName(name);
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent().trim());
        }
        return texts;
    }
}
