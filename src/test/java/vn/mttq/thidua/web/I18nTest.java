package vn.mttq.thidua.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.mttq.thidua.agency.AgencyKind;
import vn.mttq.thidua.agency.UnitKind;
import vn.mttq.thidua.agency.UnitStatus;
import vn.mttq.thidua.campaign.CampaignStatus;
import vn.mttq.thidua.period.PeriodKind;
import vn.mttq.thidua.period.PeriodPhase;
import vn.mttq.thidua.catalogue.Authority;
import vn.mttq.thidua.commendation.DossierKind;
import vn.mttq.thidua.person.Gender;
import vn.mttq.thidua.commendation.NominationStatus;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.catalogue.Recipient;
import vn.mttq.thidua.council.Vote;
import vn.mttq.thidua.decision.DecisionStatus;
import vn.mttq.thidua.pledge.EmulationTitle;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.review.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from the bundles: both languages have the same keys, every key the templates and
 * the code use exists, and no template carries text or a label of its own.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quote and swallows the
     * arguments after it ("The cluster's review of {0}"): such an apostrophe must be doubled.
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        java.util.List<String> lone = new java.util.ArrayList<>();
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties bundle = bundle(file);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*") && value.matches("(?s).*(?<!')'(?!').*")) {
                    lone.add(file + " " + key);
                }
            }
        }
        assertThat(lone).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyMessage() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        vi.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        en.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        assertThat(vi.getProperty("login.title")).isNotEqualTo(en.getProperty("login.title"));
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeUseExists() throws IOException {
        Properties vi = bundle("messages.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Pattern fieldLabel = Pattern.compile("fields :: (?:input|textarea|enumSelect|recordSelect)\\('[^']+'(?: \\+ \\$\\{[^}]+\\} \\+ '[^']*')?, '([^']+)'");
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template);
            collect(literal, html, used);
            collect(fieldLabel, html, used);
        }
        Set<String> prefixes = new TreeSet<>();
        vi.stringPropertyNames().forEach(key -> {
            if (key.contains(".")) {
                prefixes.add(key.substring(0, key.indexOf('.')));
            }
        });
        Pattern javaKey = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        for (Path source : files(JAVA, ".java")) {
            collect(javaKey, Files.readString(source), used);
        }
        for (Enum<?>[] values : List.<Enum<?>[]>of(AgencyKind.values(), UnitKind.values(), UnitStatus.values(),
                CampaignStatus.values(), PeriodKind.values(), PeriodPhase.values(), Role.values(), ReviewStatus.values(),
                EmulationTitle.values(), NominationStatus.values(), NomineeType.values(), Gender.values(),
                DossierKind.values(), Vote.values(), DecisionStatus.values(), Recipient.values(), Authority.values())) {
            for (Enum<?> value : values) {
                used.add(prefixOf(value) + value.name());
            }
        }
        ReviewStatus.forbiddenSteps().forEach(step -> used.add("review.error.transition." + step));
        for (String field : new String[] {"titleAimed", "signatory", "target", "narrative", "achieved", "selfScore",
                "initiative", "evidence"}) {
            used.add("snapshot." + field);
        }
        for (String level : new String[] {"EXCELLENT", "GOOD", "FAIR", "AVERAGE"}) {
            used.add("ranking.level." + level);
        }
        for (String code : new String[] {"400", "403", "404", "409", "500"}) {
            used.add("error." + code + ".title");
            used.add("error." + code + ".text");
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(vi.stringPropertyNames()).containsAll(used);
    }

    private static String prefixOf(Enum<?> value) {
        return switch (value.getDeclaringClass().getSimpleName()) {
            case "AgencyKind" -> "agency.kind.";
            case "UnitKind" -> "unit.kind.";
            case "UnitStatus" -> "unit.status.";
            case "CampaignStatus" -> "campaign.status.";
            case "PeriodKind" -> "period.kind.";
            case "PeriodPhase" -> "period.phase.";
            case "ReviewStatus" -> "review.status.";
            case "EmulationTitle" -> "pledge.title.";
            case "NominationStatus" -> "nomination.status.";
            case "NomineeType" -> "nomination.type.";
            case "Gender" -> "nomination.gender.";
            case "DossierKind" -> "dossier.kind.";
            case "Vote" -> "council.vote.";
            case "DecisionStatus" -> "decision.status.";
            case "Recipient" -> "form.recipient.";
            case "Authority" -> "form.authority.";
            default -> "role.";
        };
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /**
     * Text between tags must be replaced at rendering (th:text and its kin on the enclosing tag) or be
     * punctuation; a label attribute must be a th: one. Language names stand in their own language (lang=).
     */
    @Test
    void noTemplateHasHardCodedText() throws IOException {
        Pattern token = Pattern.compile(
                "<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z:]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|([^<]+)",
                Pattern.DOTALL);
        Pattern labelAttribute = Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
        Pattern replacing = Pattern.compile("\\b(th:text|th:utext|th:errors|sec:authentication|lang)=");
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template);
            Matcher m = token.matcher(html);
            String previousOpening = null;
            while (m.find()) {
                if (m.group(2) != null) {
                    String attributes = m.group(3);
                    Matcher label = labelAttribute.matcher(attributes);
                    while (label.find()) {
                        if (label.group(2).codePoints().anyMatch(Character::isLetter)) {
                            problems.add(template + ": " + label.group(0));
                        }
                    }
                    boolean opening = m.group(1).isEmpty() && m.group(4).isEmpty();
                    previousOpening = opening ? attributes : null;
                } else if (m.group(5) != null) {
                    String text = m.group(5).trim();
                    boolean hasLetters = text.codePoints().anyMatch(Character::isLetter);
                    boolean replaced = previousOpening != null && replacing.matcher(previousOpening).find();
                    if (hasLetters && !replaced) {
                        problems.add(template + ": \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
