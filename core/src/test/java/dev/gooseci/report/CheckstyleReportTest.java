package dev.gooseci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReportTest {
    private final CheckstyleReport writer = new CheckstyleReport(new ToolInfo("goose-ci", "1.2.3", Optional.empty()));

    @Test
    void shouldWriteOneFileElementPerPathAndOneErrorPerFinding() {
        // when
        String xml = writer.render(SampleReport.report());

        // then
        assertThat(xml).isEqualTo(Fixtures.read(getClass(), "checkstyle-result.xml"));
    }

    @Test
    void shouldParseBackWithTheJdkParserKeepingEverySpecialCharacter() throws Exception {
        // given
        String xml = writer.render(SampleReport.report());

        // when
        Document document = parse(xml);

        // then
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(3);
        Element cache = (Element) files.item(1);
        assertThat(cache.getAttribute("name")).isEqualTo(SampleReport.CACHE);
        Element special = (Element) cache.getElementsByTagName("error").item(0);
        assertThat(special.getAttribute("line")).isEqualTo("12");
        assertThat(special.getAttribute("severity")).isEqualTo("error");
        assertThat(special.getAttribute("source")).isEqualTo("goose.correctness");
        assertThat(special.getAttribute("message"))
                .isEqualTo("Check \"size | limit\" < 0 && 'evict' is <never> true when the cache is full");
    }

    @Test
    void shouldReplaceCharactersXmlCannotHold() throws Exception {
        // given
        Finding control = SampleReport.finding(
                "src/A.java", null, 3, Severity.MINOR, "tests", "bell \u0007 and nul \u0000", "", null, 1, "x");
        ReviewReport report = new ReviewReport(List.of(control), List.of(), SampleReport.run(), QualityGate.NONE);

        // when
        Document document = parse(writer.render(report));

        // then
        Element error = (Element) document.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("bell \uFFFD and nul \uFFFD");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
