package org.lantern.people.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildQuery;
import org.lantern.people.ChildSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search index over children, on local disk (under {@code ./data/index} by default). The
 * database stays the record: the index holds only what matching needs and can be rebuilt from it at
 * any time. Each app copy keeps its own index and catches up with changes made by others.
 */
@Component
public class ChildIndex {

  static final String ID = "id";
  static final String PARTNERSHIP = "partnership";
  static final String GIVEN = "given";
  static final String FAMILY = "family";
  static final String GIVEN_SOUND = "given_sound";
  static final String FAMILY_SOUND = "family_sound";
  static final String DOB = "dob";
  static final String BIRTH_YEAR = "birth_year";
  static final String NHS = "nhs";
  static final String UPN = "upn";
  static final String BIRTH_MONTH = "birth_month";
  private static final String WATERMARK = "watermark";

  /** What ranking needs, stored with each child: read back without the database. */
  private static final String S_GIVEN = "s_given";

  private static final String S_MIDDLE = "s_middle";
  private static final String S_FAMILY = "s_family";
  private static final String S_KNOWN_AS = "s_known_as";
  private static final String S_DOB = "s_dob";
  private static final String S_NHS = "s_nhs";
  private static final String S_UPN = "s_upn";

  /**
   * The layout of the documents; an index on disk written with another is rebuilt at start (its
   * watermark is ignored, so every child is indexed again).
   */
  private static final String FORMAT = "format";

  private static final String CURRENT_FORMAT = "2";

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ChildQueries queries;

  ChildIndex(@Value("${lantern.search.index-dir}") Path location, ChildQueries queries)
      throws IOException {
    Files.createDirectories(location);
    this.directory = FSDirectory.open(location);
    this.writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
    this.queries = queries;
  }

  /** Fewer candidates than this matching every name word: look for those matching fewer too. */
  static final int RELAX_BELOW = 10;

  /** An index at a place of one's own, outside Spring: for tools and benchmarks. */
  public static ChildIndex at(Path location, NameVariants variants) throws IOException {
    return new ChildIndex(location, new ChildQueries(variants));
  }

  /**
   * The candidates for a query in the partnership, Lucene's best first: those matching every name
   * word, then (when there are several and fewer than {@value #RELAX_BELOW} matched them all) those
   * matching fewer, up to {@code limit} in all. Ranking them is the linkage engine's job ({@code
   * ChildSearch}).
   */
  public List<Scored> search(UUID partnershipId, ChildQuery query, int limit) {
    List<Scored> found = run(queries.build(partnershipId, query, false), limit, List.of());
    if (found.size() < RELAX_BELOW && queries.canRelax(query)) {
      found = run(queries.build(partnershipId, query, true), limit, found);
    }
    return found;
  }

  /** A candidate: the child's id, Lucene's score and the details ranking weighs. */
  public record Scored(
      UUID childId,
      float score,
      String givenName,
      @Nullable String middleNames,
      String familyName,
      @Nullable String knownAs,
      @Nullable LocalDate dateOfBirth,
      @Nullable String nhsNumber,
      @Nullable String upn) {}

  private List<Scored> run(Query query, int limit, List<Scored> already) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, limit);
        List<Scored> results = new ArrayList<>(already);
        var seen = new HashSet<UUID>();
        already.forEach(s -> seen.add(s.childId()));
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
          if (results.size() >= limit) {
            break;
          }
          Document doc = stored.document(hit.doc);
          UUID id = UUID.fromString(doc.get(ID));
          if (seen.add(id)) {
            String dob = doc.get(S_DOB);
            results.add(
                new Scored(
                    id,
                    hit.score,
                    Objects.requireNonNullElse(doc.get(S_GIVEN), ""),
                    doc.get(S_MIDDLE),
                    Objects.requireNonNullElse(doc.get(S_FAMILY), ""),
                    doc.get(S_KNOWN_AS),
                    dob == null ? null : LocalDate.parse(dob),
                    doc.get(S_NHS),
                    doc.get(S_UPN)));
          }
        }
        return results;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many children of the partnership the index holds. */
  public int count(UUID partnershipId) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().docFreq(new Term(PARTNERSHIP, partnershipId.toString()));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indexes the child once the surrounding transaction has committed. */
  public void indexAfterCommit(ChildSummary child) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              index(List.of(child));
            }
          });
    } else {
      index(List.of(child));
    }
  }

  /**
   * Takes a record out of the index once the surrounding transaction has committed: a record joined
   * into another child's, which nobody should find any more.
   */
  public void removeAfterCommit(UUID childId) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              remove(List.of(childId));
            }
          });
    } else {
      remove(List.of(childId));
    }
  }

  public void remove(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return;
    }
    try {
      for (UUID id : childIds) {
        writer.deleteDocuments(new Term(ID, id.toString()));
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void index(Collection<ChildSummary> children) {
    try {
      for (ChildSummary child : children) {
        writer.updateDocument(new Term(ID, child.id().toString()), document(child));
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything indexed so far durable, remembering how far the index has caught up. */
  public synchronized void commit(@Nullable Instant watermark) {
    try {
      if (watermark != null) {
        writer.setLiveCommitData(
            Map.of(WATERMARK, watermark.toString(), FORMAT, CURRENT_FORMAT).entrySet());
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How far the index on disk had caught up with the database when it was last committed. */
  public Optional<Instant> watermark() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      var commits = DirectoryReader.listCommits(directory);
      Map<String, String> data = commits.getLast().getUserData();
      if (!CURRENT_FORMAT.equals(data.get(FORMAT))) {
        return Optional.empty();
      }
      return Optional.ofNullable(data.get(WATERMARK)).map(Instant::parse);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return writer.getDocStats().numDocs;
  }

  private static Document document(ChildSummary child) {
    Document doc = new Document();
    doc.add(new StringField(ID, child.id().toString(), Field.Store.YES));
    doc.add(new StringField(PARTNERSHIP, child.partnershipId().toString(), Field.Store.NO));
    List<String> given = new ArrayList<>(Names.tokens(child.givenName()));
    given.addAll(Names.tokens(child.middleNames()));
    given.addAll(Names.tokens(child.knownAs()));
    for (String token : given) {
      doc.add(new StringField(GIVEN, token, Field.Store.NO));
      Names.phonetic(token).forEach(c -> doc.add(new StringField(GIVEN_SOUND, c, Field.Store.NO)));
    }
    for (String token : Names.familyTokens(child.familyName())) {
      doc.add(new StringField(FAMILY, token, Field.Store.NO));
      Names.phonetic(token).forEach(c -> doc.add(new StringField(FAMILY_SOUND, c, Field.Store.NO)));
    }
    LocalDate dob = child.dateOfBirth();
    if (dob != null) {
      doc.add(new StringField(DOB, dob.toString(), Field.Store.NO));
      doc.add(new StringField(BIRTH_YEAR, String.valueOf(dob.getYear()), Field.Store.NO));
      doc.add(new StringField(BIRTH_MONTH, dob.toString().substring(0, 7), Field.Store.NO));
      doc.add(new StoredField(S_DOB, dob.toString()));
    }
    store(doc, S_GIVEN, child.givenName());
    store(doc, S_MIDDLE, child.middleNames());
    store(doc, S_FAMILY, child.familyName());
    store(doc, S_KNOWN_AS, child.knownAs());
    store(doc, S_NHS, child.nhsNumber());
    store(doc, S_UPN, child.upn());
    if (child.nhsNumber() != null) {
      doc.add(new StringField(NHS, child.nhsNumber(), Field.Store.NO));
    }
    if (child.upn() != null) {
      doc.add(new StringField(UPN, child.upn(), Field.Store.NO));
    }
    return doc;
  }

  private static void store(Document doc, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
    }
  }

  @PreDestroy
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
