package org.lantern.people.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildQuery;
import org.springframework.stereotype.Component;

/**
 * Turns what someone typed into a Lucene query for candidates. Each name word may match a given or
 * a family name (so swapped names still match) exactly, as a nickname, by sound, by prefix (four
 * letters or more), or with one or two typing slips after the first letter, in that order of
 * weight. A date of birth weighs heavily; the same date with day and month swapped, and the same
 * year, weigh less. Identifiers must match.
 */
@Component
class ChildQueries {

  private final NameVariants variants;

  ChildQueries(NameVariants variants) {
    this.variants = variants;
  }

  /** Whether a query with several name words can be retried needing fewer of them to match. */
  boolean canRelax(ChildQuery query) {
    return Names.tokens(query.name()).size() > 1;
  }

  Query build(UUID partnershipId, ChildQuery query, boolean relaxed) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(
        new TermQuery(new Term(ChildIndex.PARTNERSHIP, partnershipId.toString())), Occur.FILTER);
    if (query.nhsNumber() != null) {
      all.add(new TermQuery(new Term(ChildIndex.NHS, query.nhsNumber().value())), Occur.MUST);
    }
    if (query.upn() != null) {
      all.add(new TermQuery(new Term(ChildIndex.UPN, query.upn().value())), Occur.MUST);
    }
    List<String> tokens = Names.tokens(query.name());
    if (!tokens.isEmpty()) {
      BooleanQuery.Builder names = new BooleanQuery.Builder();
      for (String token : tokens) {
        names.add(nameWord(token), Occur.SHOULD);
      }
      names.setMinimumNumberShouldMatch(relaxed ? 1 : tokens.size());
      all.add(names.build(), Occur.MUST);
    }
    Query birth = birth(query);
    if (birth != null) {
      all.add(
          birth,
          tokens.isEmpty() && query.nhsNumber() == null && query.upn() == null
              ? Occur.MUST
              : Occur.SHOULD);
    }
    return all.build();
  }

  private Query nameWord(String token) {
    List<Query> ways = new ArrayList<>();
    for (String field : List.of(ChildIndex.GIVEN, ChildIndex.FAMILY)) {
      ways.add(boost(new TermQuery(new Term(field, token)), 8f));
      int edits = token.length() <= 2 ? 0 : token.length() <= 5 ? 1 : 2;
      if (edits > 0) {
        // the first letter must be right: slips there are rarer (and sound-alikes are matched
        // below), and without it a slip is looked for across the whole term dictionary
        ways.add(boost(new FuzzyQuery(new Term(field, token), edits, 1), 3f));
      }
      if (token.length() >= 4) {
        ways.add(boost(new PrefixQuery(new Term(field, token)), 2f));
      }
    }
    for (String variant : variants.of(token)) {
      ways.add(boost(new TermQuery(new Term(ChildIndex.GIVEN, variant)), 6f));
    }
    for (String code : Names.phonetic(token)) {
      ways.add(boost(new TermQuery(new Term(ChildIndex.GIVEN_SOUND, code)), 4f));
      ways.add(boost(new TermQuery(new Term(ChildIndex.FAMILY_SOUND, code)), 4f));
    }
    return new DisjunctionMaxQuery(ways, 0.1f);
  }

  private static @Nullable Query birth(ChildQuery query) {
    LocalDate dob = query.dateOfBirth();
    if (dob != null) {
      List<Query> ways = new ArrayList<>();
      ways.add(boost(new TermQuery(new Term(ChildIndex.DOB, dob.toString())), 12f));
      swapped(dob)
          .ifPresent(
              s -> ways.add(boost(new TermQuery(new Term(ChildIndex.DOB, s.toString())), 5f)));
      ways.add(boost(new TermQuery(new Term(ChildIndex.BIRTH_YEAR, "" + dob.getYear())), 1f));
      return new DisjunctionMaxQuery(ways, 0f);
    }
    if (query.birthYear() != null && query.birthMonth() != null) {
      String month = "%04d-%02d".formatted(query.birthYear(), query.birthMonth());
      return new DisjunctionMaxQuery(
          List.of(
              boost(new TermQuery(new Term(ChildIndex.BIRTH_MONTH, month)), 6f),
              boost(new TermQuery(new Term(ChildIndex.BIRTH_YEAR, "" + query.birthYear())), 1f)),
          0f);
    }
    if (query.birthYear() != null) {
      return boost(new TermQuery(new Term(ChildIndex.BIRTH_YEAR, "" + query.birthYear())), 3f);
    }
    return null;
  }

  private static Optional<LocalDate> swapped(LocalDate date) {
    if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Query boost(Query query, float boost) {
    return new BoostQuery(query, boost);
  }
}
