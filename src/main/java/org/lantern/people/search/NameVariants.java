package org.lantern.people.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Nickname and spelling variants of first names: "Bobby" finds Robert and Rob, "Alfie" finds
 * Alfred. Built from the shipped nickname list, our British additions, less the pairs we exclude.
 */
@Component
public class NameVariants {

  private static final int MAX_VARIANTS = 24;

  private final Map<String, Set<String>> formalToNicknames = new HashMap<>();
  private final Map<String, Set<String>> nicknameToFormal = new HashMap<>();

  public NameVariants() {
    Set<String> excluded = new HashSet<>();
    read("names/nicknames-exclusions.csv", (formal, nick) -> excluded.add(formal + ">" + nick));
    PairConsumer add =
        (formal, nick) -> {
          // an excluded pair is excluded either way round: the list also has "bill has_nickname
          // robert", which would otherwise link Robert to Bill, Billy and William again
          if (!excluded.contains(formal + ">" + nick)
              && !excluded.contains(nick + ">" + formal)
              && !formal.equals(nick)) {
            formalToNicknames.computeIfAbsent(formal, k -> new LinkedHashSet<>()).add(nick);
            nicknameToFormal.computeIfAbsent(nick, k -> new LinkedHashSet<>()).add(formal);
          }
        };
    read("names/nicknames.csv", add);
    read("names/nicknames-gb.csv", add);
  }

  /** Names that may be the same first name as {@code token}, not including itself. */
  public Set<String> of(String token) {
    Set<String> variants = new LinkedHashSet<>();
    variants.addAll(formalToNicknames.getOrDefault(token, Set.of()));
    for (String formal : nicknameToFormal.getOrDefault(token, Set.of())) {
      variants.add(formal);
      variants.addAll(formalToNicknames.getOrDefault(formal, Set.of()));
    }
    variants.remove(token);
    return variants.stream().limit(MAX_VARIANTS).collect(LinkedHashSet::new, Set::add, Set::addAll);
  }

  /**
   * Names the list gives as a nickname or spelling of {@code token}, or {@code token} of them: one
   * step only, not two nicknames that merely share a formal name ("daisy" and "megan", both of
   * Margaret).
   */
  public Set<String> direct(String token) {
    Set<String> variants = new LinkedHashSet<>();
    variants.addAll(formalToNicknames.getOrDefault(token, Set.of()));
    variants.addAll(nicknameToFormal.getOrDefault(token, Set.of()));
    variants.remove(token);
    return variants;
  }

  /** The formal names {@code token} is a nickname of (empty when it is nobody's nickname). */
  public Set<String> formalsOf(String token) {
    return nicknameToFormal.getOrDefault(token, Set.of());
  }

  public boolean areVariants(String a, String b) {
    return a.equals(b) || of(a).contains(b);
  }

  /**
   * Whether the list gives one name as a nickname or spelling of the other ("bobby" and "robert",
   * "bobby" and "rob"): one step only, not two nicknames that merely share a formal name ("jay" and
   * "jake", both of Jacob). Stricter than {@link #areVariants}, for putting a description on a
   * child without asking anyone.
   */
  public boolean listedTogether(String a, String b) {
    return formalToNicknames.getOrDefault(a, Set.of()).contains(b)
        || formalToNicknames.getOrDefault(b, Set.of()).contains(a);
  }

  private interface PairConsumer {
    void accept(String formal, String nickname);
  }

  private static void read(String resource, PairConsumer consumer) {
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.strip().toLowerCase().split(",");
        if (parts.length == 3 && parts[1].equals("has_nickname")) {
          consumer.accept(parts[0].strip(), parts[2].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
