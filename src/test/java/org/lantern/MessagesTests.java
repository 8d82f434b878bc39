package org.lantern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessBasis;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.BreakGlass;
import org.lantern.access.Decision;
import org.lantern.access.Role;
import org.lantern.intelligence.AdultInvolved;
import org.lantern.notify.AlertRule;
import org.lantern.notify.NotificationKind;
import org.lantern.people.ChildDescriptionInput;
import org.lantern.people.Sex;
import org.lantern.platform.CsvTable;
import org.lantern.referral.Channel;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.JavaSource;

/**
 * All user-facing text is in the files under messages/ (one per capability): templates hold no
 * literal text, every key that templates and Java code use exists (for keys built from enums: for
 * every constant), every key is used, no key is defined in two files, and a key's prefix decides
 * which file it is in.
 */
class MessagesTests {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path JAVA = Path.of("src/main/java");
  static final Path MESSAGES = Path.of("src/main/resources/messages");

  /** Attributes that people read or hear. */
  static final Set<String> TEXT_ATTRIBUTES = Set.of("aria-label", "alt", "title", "placeholder");

  static final Pattern HAS_WORDS = Pattern.compile("[\\p{L}\\p{N}]");
  static final Pattern STATIC_KEY = Pattern.compile("([A-Za-z][\\w.-]*)\\s*(\\(.*\\))?");
  static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");

  static Set<String> keys;
  static Properties messages;
  static List<String> definedTwice;
  static Map<Path, String> templates;
  static Map<Path, String> java;

  @BeforeAll
  static void load() throws IOException {
    messages = new Properties();
    definedTwice = new ArrayList<>();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          properties.load(in);
        }
        for (String key : properties.stringPropertyNames()) {
          if (messages.containsKey(key)) {
            definedTwice.add(key + " (again in " + file.getFileName() + ")");
          }
          messages.setProperty(key, properties.getProperty(key));
        }
      }
    }
    keys = new TreeSet<>(messages.stringPropertyNames());
    templates = read(TEMPLATES, ".html");
    java = read(JAVA, ".java");
  }

  @Test
  void everyKeyIsDefinedOnce() {
    assertThat(definedTwice).isEmpty();
  }

  // ---- a key's prefix decides its file ----

  /**
   * Which file each prefix's keys live in, by file: a key belongs to the longest prefix (whole
   * segments) listed here, and lives in that prefix's file, the file of the module whose pages use
   * it. A new prefix is added here, to one file.
   */
  static final Map<String, List<String>> PREFIXES_BY_FILE =
      Map.ofEntries(
          // administration: accounts, invitations
          Map.entry("admin", List.of("admin", "agencyKind", "apiScope", "nav.admin")),
          // information governance: sharing agreements, retention, subject access
          Map.entry("governance", List.of("governance", "nav.governance")),
          // adults of concern, their links to children, abduction notices
          Map.entry(
              "intelligence",
              List.of("adult", "adults", "intelligence", "link", "notice", "pick", "register")),
          // platform, access, people (a child, finding one, the record), referral, home, notify;
          // the words of shared pages (navigation, the audit log's actions, the home page)
          Map.entry(
              "lantern",
              List.of(
                  "access",
                  "accessibility",
                  "alert",
                  "api",
                  "audit",
                  "auditAction",
                  "auditRead",
                  "auditExport",
                  "auditPage",
                  "banner",
                  "breakGlass",
                  "breakGlassReview",
                  "channel",
                  "child",
                  "childAudit",
                  "chronology",
                  "clock",
                  "concern",
                  "confirm",
                  "decide",
                  "decision",
                  "disclosure",
                  "error",
                  "errorPage",
                  "find",
                  "form",
                  "formNotSent",
                  "format",
                  "home",
                  "inbox",
                  "indicator",
                  "layout",
                  "mine",
                  "missing.move",
                  "nav",
                  "navGroup",
                  "notification",
                  "page",
                  "paging",
                  "pdf",
                  "permission",
                  "placement",
                  "queue",
                  "raise",
                  "record",
                  "refused",
                  "role",
                  "service.name",
                  "sex",
                  "signIn",
                  "submitted",
                  "triage",
                  "upload",
                  "verbal",
                  "warning")),
          // the council's case for a child: routing, allocation, caseloads, the network
          Map.entry("casework", List.of("casework")),
          // strategy discussions, conferences and plans, risk-management meetings
          Map.entry("strategy", List.of("strategy")),
          // flags, the check from unscheduled care
          Map.entry("flags", List.of("flags")),
          // the person index
          Map.entry("person-index", List.of("linkage", "personRecord")),
          // cross-referenced lists
          Map.entry("lists", List.of("lists")),
          // which child a description is: possible matches, joins, moves
          Map.entry(
              "matching",
              List.of("compare", "described", "join", "move", "possibleMatch", "possibleMatches")),
          // missing episodes
          Map.entry("missing", List.of("api.missing", "missing")),
          // district panels
          Map.entry("panel", List.of("panel")),
          // report cards
          Map.entry("reporting", List.of("report")),
          // the outcomes framework, KPIs, the committee's work programme and packs
          Map.entry("scrutiny", List.of("scrutiny", "nav.scrutiny")),
          // screening, the tracker, the exploitation service
          Map.entry(
              "risk",
              List.of(
                  "ageBand",
                  "answer",
                  "compliance",
                  "explanation",
                  "file",
                  "judgement",
                  "myScreenings",
                  "placementType",
                  "responsibility",
                  "riskLevel",
                  "screening",
                  "screeningStatus",
                  "service",
                  "serviceOutcome",
                  "serviceReferral",
                  "serviceReferralStatus",
                  "signOff",
                  "supportType",
                  "tool",
                  "toolProblem",
                  "tools",
                  "tracker",
                  "trackerSort")));

  @Test
  void aKeysPrefixDecidesItsFile() throws IOException {
    Map<String, String> fileOfPrefix = new LinkedHashMap<>();
    PREFIXES_BY_FILE.forEach(
        (file, prefixes) ->
            prefixes.forEach(
                p ->
                    assertThat(fileOfPrefix.put(p, file))
                        .as("prefix %s is listed for two files", p)
                        .isNull()));
    List<String> misplaced = new ArrayList<>();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".properties", "");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          properties.load(in);
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
          String belongs = fileOf(key, fileOfPrefix);
          if (!name.equals(belongs)) {
            misplaced.add(
                key
                    + " is in "
                    + name
                    + ".properties; "
                    + (belongs == null
                        ? "its prefix is not in PREFIXES_BY_FILE"
                        : "its prefix puts it in " + belongs + ".properties"));
          }
        }
      }
    }
    assertThat(misplaced).isEmpty();
  }

  /** The file of the longest listed prefix of the key (whole segments), or null. */
  private static @Nullable String fileOf(String key, Map<String, String> fileOfPrefix) {
    for (String prefix = key; ; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
      if (fileOfPrefix.containsKey(prefix)) {
        return fileOfPrefix.get(prefix);
      }
      if (prefix.indexOf('.') < 0) {
        return null;
      }
    }
  }

  // ---- every message is a MessageFormat pattern ----

  /**
   * Lantern passes every message through MessageFormat (platform.web.Messages), where a lone
   * apostrophe starts a quoted run and swallows what follows, {0} included. An apostrophe is
   * written twice.
   */
  @Test
  void apostrophesAreWrittenTwiceAndEveryMessageParses() {
    Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
    List<String> wrong = new ArrayList<>();
    for (String key : keys) {
      String value = messages.getProperty(key);
      if (loneApostrophe.matcher(value.replace("''", "")).find()) {
        wrong.add(key + " has a lone apostrophe: write it as ''");
        continue;
      }
      try {
        MessageFormat format = new MessageFormat(value, Locale.UK);
        Object[] arguments =
            Arrays.stream(format.getFormatsByArgumentIndex())
                .map(f -> f instanceof NumberFormat ? (Object) 2 : "A")
                .toArray();
        String shown = format.format(arguments);
        if (value.contains("''") && shown.contains("''")) {
          wrong.add(key + " shows a doubled apostrophe");
        }
      } catch (IllegalArgumentException e) {
        wrong.add(key + " is not a valid message pattern: " + e.getMessage());
      }
    }
    assertThat(wrong).isEmpty();
  }

  // ---- templates hold no literal text ----

  @Test
  void templatesHoldNoLiteralText() {
    List<String> literal = new ArrayList<>();
    templates.forEach(
        (path, html) -> {
          // the inside of <!--/*/ ... /*/--> is markup Thymeleaf renders
          Document doc = Jsoup.parse(html.replace("<!--/*/", "").replace("/*/-->", ""));
          for (Element element : doc.getAllElements()) {
            if (element.nameIs("script") || element.nameIs("style") || replaced(element)) {
              continue;
            }
            for (TextNode node : element.textNodes()) {
              String text = node.text().replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").strip();
              if (HAS_WORDS.matcher(text).find()) {
                literal.add(TEMPLATES.relativize(path) + ": <" + element.tagName() + "> " + text);
              }
            }
          }
        });
    assertThat(literal).as("text in templates that is not from messages/").isEmpty();
  }

  @Test
  void templateAttributesPeopleReadHoldNoLiteralText() {
    Pattern literalInAttr =
        Pattern.compile("(?:aria-label|alt|title|placeholder)\\s*=\\s*'([^']*)'");
    List<String> literal = new ArrayList<>();
    templates.forEach(
        (path, html) -> {
          for (Element element : Jsoup.parse(html).getAllElements()) {
            for (Attribute a : element.attributes()) {
              String name = a.getKey();
              boolean button =
                  name.equals("value")
                      && element.nameIs("input")
                      && Set.of("submit", "button", "reset").contains(element.attr("type"));
              boolean literalValue =
                  (TEXT_ATTRIBUTES.contains(name) || button)
                      && HAS_WORDS.matcher(a.getValue()).find();
              Matcher inAttr = literalInAttr.matcher(name.equals("th:attr") ? a.getValue() : "");
              boolean literalExpression =
                  (Set.of("th:text", "th:utext").contains(name)
                          || name.startsWith("th:") && TEXT_ATTRIBUTES.contains(name.substring(3)))
                      && HAS_WORDS.matcher(quotedOutsideKeys(a.getValue())).find();
              if (literalValue
                  || literalExpression
                  || (inAttr.find() && HAS_WORDS.matcher(inAttr.group(1)).find())) {
                literal.add(
                    TEMPLATES.relativize(path) + ": <" + element.tagName() + " " + a.html() + ">");
              }
            }
          }
        });
    assertThat(literal).as("attributes holding text not from messages/").isEmpty();
  }

  private static boolean replaced(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("th:text") || e.hasAttr("th:utext") || "all".equals(e.attr("th:remove"))) {
        return true;
      }
    }
    return false;
  }

  /** The quoted literals of a Thymeleaf expression, outside message keys and variables. */
  private static String quotedOutsideKeys(String expression) {
    String outside = expression;
    for (String prefix : List.of("#{", "${", "*{", "@{", "~{")) {
      for (String inner : enclosed(outside, prefix)) {
        outside = outside.replace(prefix + inner + "}", " ");
      }
    }
    StringBuilder quoted = new StringBuilder();
    Matcher m = Pattern.compile("'([^']*)'").matcher(outside);
    while (m.find()) {
      quoted.append(m.group(1)).append(' ');
    }
    return quoted.toString();
  }

  // ---- every key used exists ----

  @Test
  void everyKeyTemplatesNameExists() {
    Set<String> missing = new TreeSet<>();
    templates.forEach(
        (path, html) -> {
          for (String key : staticTemplateKeys(html)) {
            if (!keys.contains(key)) {
              missing.add(TEMPLATES.relativize(path) + ": " + key);
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyTemplatesBuildIsOneThisTestKnows() {
    List<Pattern> known =
        Stream.of(
                "\\$\\{[\\w.()]*(?:message|home)Key\\(\\)}", // an enum's own keys: enumFamilies()
                "\\$\\{d\\.messageKey\\(\\) \\+ '\\.hint'}", // decision hints
                "\\$\\{purpose\\.messageKey\\('\\w+'\\)}", // find.<purpose>.<suffix>
                "\\$\\{item\\.labelKey\\(\\)}", // navigation: keys given to new NavItem(...)
                "\\$\\{item\\.countKey\\(\\)}\\(\\$\\{item\\.count\\(\\)}\\)", // what a count
                // counts
                "\\$\\{entry\\.kindKey\\(\\)}", // chronology: a key named in Java
                "\\$\\{n\\.entry\\(\\)\\.kindKey\\(\\)}", // caseload news: a chronology key
                "\\$\\{tag}", // chronology tags: risk indicators
                // a success banner's message: a key the controller names in Java, which
                // everyKeyJavaNamesExists checks
                "\\$\\{done}",
                "'audit\\.basis\\.' \\+ \\$\\{[\\w.()]+}",
                "'access\\.section\\.' \\+ \\$\\{[\\w.()]+}", // a file section's name
                "\\$\\{a\\.suggestionKey\\(\\)}", // an alert's suggested action: AlertRule
                // the period report: keys a ReportSection names in Java, with an age or a month
                "\\$\\{[stlb]\\.(titleKey|labelKey)\\(\\)}(\\(\\$\\{[lb]\\.arg\\(\\)}\\))?",
                "'audit\\.outcome\\.' \\+ \\$\\{[\\w.()]+}")
            .map(Pattern::compile)
            .toList();
    Set<String> unknown = new TreeSet<>();
    templates.forEach(
        (path, html) -> {
          for (String expression : enclosed(html, "#{")) {
            if (!STATIC_KEY.matcher(expression).matches()
                && known.stream().noneMatch(p -> p.matcher(expression).matches())) {
              unknown.add(TEMPLATES.relativize(path) + ": #{" + expression + "}");
            }
          }
        });
    assertThat(unknown)
        .as("keys built in templates: add each kind to this test, with the keys it can build")
        .isEmpty();
  }

  @Test
  void keysBuiltFromEnumsAndListsExistForEveryValue() throws Exception {
    Set<String> missing = new TreeSet<>(requiredFamilies());
    missing.removeAll(keys);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyErrorCodeRejectedInJavaExists() {
    Set<String> missing = new TreeSet<>();
    Set<String> unaccounted = new TreeSet<>();
    java.forEach(
        (path, source) -> {
          for (String literal : rejectedCodes(source)) {
            if (literal.startsWith(".") || literal.endsWith(".")) {
              if (!CODES_BUILT_IN_JAVA.containsKey(literal)) {
                unaccounted.add(JAVA.relativize(path) + ": \"" + literal + "\"");
              }
            } else if (!keys.contains(literal)) {
              missing.add(JAVA.relativize(path) + ": " + literal);
            }
          }
        });
    Set<String> built = new TreeSet<>();
    CODES_BUILT_IN_JAVA.values().forEach(built::addAll);
    built.removeAll(keys);
    assertThat(missing).as("error codes without a message").isEmpty();
    assertThat(built).as("error codes built in Java without a message").isEmpty();
    assertThat(unaccounted)
        .as("error codes built from these pieces: add them to CODES_BUILT_IN_JAVA")
        .isEmpty();
  }

  @Test
  void everyKeyJavaNamesExists() {
    Set<String> namespaces = new TreeSet<>();
    keys.forEach(
        k -> namespaces.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
    Set<String> missing = new TreeSet<>();
    java.forEach(
        (path, source) -> {
          for (String literal : JavaSource.strings(source)) {
            if (KEY_LIKE.matcher(literal).matches()
                && !FIELD_PATHS.contains(literal)
                && namespaces.contains(literal.substring(0, literal.indexOf('.')))
                && !keys.contains(literal)
                && keys.stream().noneMatch(k -> k.startsWith(literal + "."))) {
              missing.add(JAVA.relativize(path) + ": " + literal);
            }
          }
        });
    Matcher problems = Pattern.compile("problems\\.of\\([^;]*?\"([\\w.]+)\"\\)").matcher("");
    java.values()
        .forEach(
            source -> {
              problems.reset(source);
              while (problems.find()) {
                for (String part : List.of(".title", ".detail")) {
                  if (!keys.contains(problems.group(1) + part)) {
                    missing.add(problems.group(1) + part);
                  }
                }
              }
            });
    assertThat(missing).as("keys named in Java that messages/ lacks").isEmpty();
  }

  /**
   * Form field paths that look like keys: the nested "adult involved" ({@link AdultInvolved}) of
   * the forms that name an adult, {@code adult.givenName} and so on, and the nested child ({@link
   * ChildDescriptionInput}) of the forms that describe a child, {@code child.dateOfBirth} and so
   * on.
   */
  static final Set<String> FIELD_PATHS =
      Stream.concat(
              fieldPaths("adult.", AdultInvolved.class),
              fieldPaths("child.", ChildDescriptionInput.class))
          .collect(Collectors.toSet());

  private static Stream<String> fieldPaths(String prefix, Class<?> nested) {
    return Arrays.stream(nested.getMethods())
        .map(Method::getName)
        .filter(name -> name.startsWith("get") && !name.equals("getClass"))
        .map(name -> prefix + Character.toLowerCase(name.charAt(3)) + name.substring(4));
  }

  // ---- every key is used ----

  @Test
  void everyKeyIsUsed() throws Exception {
    Set<String> used = new TreeSet<>();
    templates.values().forEach(html -> used.addAll(staticTemplateKeys(html)));
    used.addAll(requiredFamilies());
    used.addAll(enumFamilies());
    CODES_BUILT_IN_JAVA.values().forEach(used::addAll);
    for (String source : java.values()) {
      for (String literal : JavaSource.strings(source)) {
        used.add(literal);
        if (KEY_LIKE.matcher(literal).matches()) {
          // a key named in part, as ApiProblems.of(status, "api.failed") names api.failed.title
          keys.stream().filter(k -> k.startsWith(literal + ".")).forEach(used::add);
        }
      }
    }
    Set<String> unused = new TreeSet<>(keys);
    unused.removeAll(used);
    assertThat(unused).as("keys nothing uses").isEmpty();
  }

  // ---- what this test knows about keys built in code ----

  /** Error codes that Java builds from pieces, by the pieces, with every code they can make. */
  static final Map<String, List<String>> CODES_BUILT_IN_JAVA = codesBuiltInJava();

  private static Map<String, List<String>> codesBuiltInJava() {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    // ConcernRules.name(): "concern." + field + ".required" / ".tooLong" / ".noLetters"
    List<String> names = new ArrayList<>();
    for (String field : List.of("givenName", "familyName")) {
      names.add("concern." + field + ".required");
    }
    for (String field : List.of("givenName", "familyName", "middleNames", "knownAs")) {
      names.add("concern." + field + ".tooLong");
      names.add("concern." + field + ".noLetters");
    }
    codes.put("concern.", names);
    codes.put(".required", names);
    codes.put(".tooLong", names);
    codes.put(".noLetters", names);
    // PlacementController: "placement.refused." + PlacementRefusedException.code()
    codes.put(
        "placement.refused.",
        List.of(
            "placement.refused.overlaps",
            "placement.refused.beforeBirth",
            "placement.refused.future",
            "placement.refused.endBeforeStart",
            "placement.refused.noneOpen"));
    // PlacementForm: "placement.authorityName.required." + the responsibility
    codes.put(
        "placement.authorityName.required.",
        List.of(
            "placement.authorityName.required.PLACED_HERE_BY_ANOTHER_AUTHORITY",
            "placement.authorityName.required.OURS_PLACED_ELSEWHERE"));
    // DateRules.report(): keyPrefix + "." + the problem's code, for every date a path judges
    codes.put(".", dateRuleKeys());
    // AuditExportForm: "auditExport." + field + ".required" / ".invalid"
    List<String> export =
        List.of(
            "auditExport.from.required",
            "auditExport.from.invalid",
            "auditExport.to.required",
            "auditExport.to.invalid");
    codes.put("auditExport.", export);
    codes.put(".invalid", export);
    codes.merge(".required", export, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
    return codes;
  }

  /**
   * Every key DateRules can build: for each date a form, API or upload judges (its key prefix, the
   * kind of date, whether it is typed in boxes or text, and whether it is required), each problem
   * that kind of date can have.
   */
  private static List<String> dateRuleKeys() {
    record Judged(String prefix, String kind, boolean typed, boolean required) {}
    List<Judged> judged =
        List.of(
            new Judged("concern.dateOfBirth", "CHILD_BIRTH", true, false),
            new Judged("concern.occurredOn", "EVENT", true, true),
            new Judged("concern.adult.date", "ADULT_BIRTH", true, false),
            new Judged("missing.missingAt", "EVENT", false, false),
            new Judged("missing.returnedAt", "EVENT", false, false),
            new Judged("missing.dateOfBirth", "CHILD_BIRTH", false, false),
            new Judged("missing.adultDateOfBirth", "ADULT_BIRTH", false, false),
            new Judged("notice.servedOn", "EVENT", true, true),
            new Judged("notice.expiresOn", "PLANNED", true, true),
            new Judged("notice.adultDateOfBirth", "ADULT_BIRTH", true, false),
            new Judged("link.linkedOn", "EVENT", true, true),
            new Judged("link.adultDateOfBirth", "ADULT_BIRTH", true, false),
            new Judged("lists.listDate", "EVENT", true, true),
            new Judged("placement.startedOn", "EVENT", true, true),
            new Judged("placement.endedOn", "EVENT", true, true));
    Map<String, List<String>> problemsOfKind =
        Map.of(
            "CHILD_BIRTH", List.of("future", "afterEvent", "tooOld"),
            "ADULT_BIRTH", List.of("future", "tooOld"),
            "EVENT", List.of("future", "tooEarly"),
            "PLANNED", List.of("tooEarly", "tooLate"));
    List<String> keys = new ArrayList<>();
    for (Judged j : judged) {
      List<String> problems = new ArrayList<>(problemsOfKind.get(j.kind()));
      if (j.typed()) {
        problems.addAll(List.of("incomplete", "invalid", "year"));
      }
      if (j.required()) {
        problems.add("required");
      }
      problems.forEach(p -> keys.add(j.prefix() + "." + p));
    }
    return keys;
  }

  /** Keys templates and Java build from enums and other lists: each must exist. */
  private static Set<String> requiredFamilies() throws Exception {
    Set<String> required = new TreeSet<>();
    for (Role r : Role.values()) {
      required.add(r.messageKey());
    }
    for (Sex s : Sex.values()) {
      required.add(s.messageKey());
    }
    for (CsvTable.Problem p : CsvTable.Problem.values()) {
      required.add(p.messageKey());
    }
    for (Channel c : Channel.values()) {
      required.add(c.messageKey());
    }
    for (RiskIndicator i : RiskIndicator.values()) {
      required.add(i.messageKey());
    }
    for (ThresholdDecision d : ThresholdDecision.values()) {
      required.add(d.messageKey());
      required.add(d.messageKey() + ".hint");
    }
    for (AuditAction a : AuditAction.values()) {
      required.add(a.messageKey());
      if (a.readKey() != null) {
        required.add(a.readKey()); // AuditEntry.messageKey() of a read
      }
    }
    required.add("auditRead.ANY"); // a read under a permission with no read words of its own
    for (NotificationKind n : NotificationKind.values()) {
      required.add(n.messageKey());
      required.add(n.messageKey() + ".mail.subject"); // MailNotifier
    }
    for (Decision.Basis b : Decision.Basis.values()) {
      required.add("audit.basis." + b.name());
    }
    required.add("audit.basis." + BreakGlass.APPROPRIATE);
    required.add("audit.basis." + BreakGlass.INAPPROPRIATE);
    required.add("audit.basis." + BreakGlass.ACCESS_ALREADY_HELD);
    for (AccessBasis b : AccessBasis.values()) {
      required.add("audit.basis." + b.name()); // each section shown, with what allowed it
    }
    required.add("audit.basis." + AccessPolicy.OUTSIDE_SCOPE);
    for (AlertRule r : AlertRule.values()) {
      if (r.suggestionKey() != null) {
        required.add(r.suggestionKey()); // AlertRule.TABLE names it
      }
    }
    for (AuditEntry.Outcome o : AuditEntry.Outcome.values()) {
      required.add("audit.outcome." + o.name());
    }
    // people/find.html: #{${purpose.messageKey('title' | 'caption' | 'select')}}
    Class<?> purpose = Class.forName("org.lantern.people.web.FindPurpose");
    Method key = purpose.getMethod("messageKey", String.class);
    key.setAccessible(true);
    for (Object p : purpose.getEnumConstants()) {
      for (String suffix : List.of("title", "caption", "select")) {
        required.add((String) key.invoke(p, suffix));
      }
    }
    // layout/page.html: #{${item.labelKey()}} and #{${item.countKey()}} for each navigation
    // item made with new NavItem(order, "label", href, count, "count key") or NavItem.link(...)
    Matcher nav =
        Pattern.compile("(?:new NavItem|NavItem\\.link)\\(\\s*\\d+,\\s*\"([\\w.]+)\"").matcher("");
    Matcher count = Pattern.compile("\"(nav\\.count\\.[\\w]+)\"").matcher("");
    for (String source : java.values()) {
      nav.reset(source);
      while (nav.find()) {
        required.add(nav.group(1));
      }
      count.reset(source);
      while (count.find()) {
        required.add(count.group(1));
      }
    }
    return required;
  }

  /**
   * Keys any enum of Lantern can build with its messageKey(). Used or not yet, they count as used:
   * code builds them.
   */
  private static Set<String> enumFamilies() throws Exception {
    Set<String> built = new TreeSet<>();
    for (Path path : java.keySet()) {
      String source = java.get(path);
      if (!source.contains("enum ") || !source.contains("String messageKey()")) {
        continue;
      }
      String name = JAVA.relativize(path).toString().replace('/', '.').replaceAll("\\.java$", "");
      // the file's own type, and enums declared inside it (ListCrossReference.Status)
      List<Class<?>> types = new ArrayList<>(List.of(Class.forName(name)));
      types.addAll(List.of(types.getFirst().getDeclaredClasses()));
      for (Class<?> type : types) {
        if (!type.isEnum()) {
          continue;
        }
        for (Method key : type.getMethods()) {
          if (key.getParameterCount() == 0
              && key.getReturnType() == String.class
              && key.getName().endsWith("Key")) {
            key.setAccessible(true);
            for (Object constant : type.getEnumConstants()) {
              if (key.invoke(constant) instanceof String k) {
                built.add(k);
              }
            }
          }
        }
      }
    }
    return built;
  }

  // ---- reading templates and Java ----

  private static Set<String> staticTemplateKeys(String html) {
    Set<String> found = new TreeSet<>();
    for (String expression : enclosed(html, "#{")) {
      Matcher m = STATIC_KEY.matcher(expression);
      if (m.matches()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  /** What each {@code prefix...}} encloses, nested braces included, at any depth. */
  static List<String> enclosed(String text, String prefix) {
    List<String> found = new ArrayList<>();
    for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
      int depth = 1;
      int start = i + prefix.length();
      for (int j = start; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          found.add(text.substring(start, j));
          break;
        }
      }
    }
    return found;
  }

  /** The string literals in each reject(...) and rejectValue(...) that could be an error code. */
  private static List<String> rejectedCodes(String source) {
    List<String> codes = new ArrayList<>();
    String code = JavaSource.withoutComments(source);
    Matcher call = Pattern.compile("\\.(reject|rejectValue)\\(").matcher(code);
    while (call.find()) {
      List<String> arguments = JavaSource.arguments(code, call.end());
      List<String> codeArguments =
          call.group(1).equals("rejectValue") ? arguments.subList(1, arguments.size()) : arguments;
      codeArguments.forEach(a -> codes.addAll(JavaSource.strings(a)));
    }
    return codes;
  }

  private static Map<Path, String> read(Path root, String suffix) throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
        files.put(path, Files.readString(path));
      }
    }
    return files;
  }
}
