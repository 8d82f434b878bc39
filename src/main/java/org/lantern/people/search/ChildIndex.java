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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
  private static final String WATERMARK = "watermark";

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

  /** The scored ids of the best matches in the partnership, best first. */
  public List<Scored> search(UUID partnershipId, ChildQuery query, int limit) {
    Query lucene = queries.build(partnershipId, query, false);
    List<Scored> found = run(lucene, limit);
    if (found.isEmpty() && queries.canRelax(query)) {
      found = run(queries.build(partnershipId, query, true), limit);
    }
    return found;
  }

  /** A child id and how well it matched. */
  public record Scored(UUID childId, float score) {}

  private List<Scored> run(Query query, int limit) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, limit);
        List<Scored> results = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
          results.add(new Scored(UUID.fromString(stored.document(hit.doc).get(ID)), hit.score));
        }
        return results;
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
        writer.setLiveCommitData(Map.of(WATERMARK, watermark.toString()).entrySet());
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
      String value = commits.getLast().getUserData().get(WATERMARK);
      return Optional.ofNullable(value).map(Instant::parse);
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
    }
    if (child.nhsNumber() != null) {
      doc.add(new StringField(NHS, child.nhsNumber(), Field.Store.NO));
    }
    if (child.upn() != null) {
      doc.add(new StringField(UPN, child.upn(), Field.Store.NO));
    }
    return doc;
  }

  @PreDestroy
  void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
