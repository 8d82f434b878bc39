package org.lantern.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.people.linkage.Blocking;
import org.lantern.people.linkage.Linker;
import org.lantern.people.linkage.MatchModel;
import org.lantern.people.linkage.RecordTable;
import org.lantern.people.linkage.Scorer;
import org.lantern.people.search.NameVariants;
import org.springframework.stereotype.Component;

/**
 * A partnership's person records in the linkage engine's form, with the model to weigh them by: the
 * standard model for a small partnership, its own estimated one from {@link #OWN_MODEL_FROM}
 * records (kept in memory and estimated again only when the records change by a tenth).
 */
@Component
class LinkWeighing {

  /** Records with at least this many rows get a model estimated from their own data. */
  static final int OWN_MODEL_FROM = 5_000;

  private final PersonRecordRows rows;
  private final NameVariants variants;

  /** A model estimated from a partnership's records, and from how many. */
  private record Trained(int records, MatchModel model) {}

  private final Map<UUID, Trained> models = new ConcurrentHashMap<>();

  LinkWeighing(PersonRecordRows rows, NameVariants variants) {
    this.rows = rows;
    this.variants = variants;
  }

  /** The records, the engine's table of them, each record's row, and the scorer. */
  record Weighing(
      List<Stored> records,
      RecordTable table,
      Map<UUID, Integer> rowOf,
      Scorer scorer,
      Blocking blocking) {}

  Weighing of(UUID partnershipId) {
    List<Stored> records = rows.all(partnershipId);
    RecordTable table = new RecordTable(variants, records.size() + 1);
    Map<UUID, Integer> rowOf = new HashMap<>();
    for (Stored s : records) {
      rowOf.put(s.id(), table.add(s.record(), s.sourceId()));
    }
    table.resolve();
    MatchModel model =
        records.size() >= OWN_MODEL_FROM
            ? trained(partnershipId, table)
            : MatchModel.standard(records.size());
    return new Weighing(records, table, rowOf, new Scorer(table, model), Blocking.standard());
  }

  /**
   * The partnership's own model, estimated again only once its records have grown or shrunk by a
   * tenth since: estimation takes seconds, and a few more records do not change m and u.
   */
  private MatchModel trained(UUID partnershipId, RecordTable table) {
    Trained known = models.get(partnershipId);
    if (known != null && Math.abs(known.records() - table.size()) <= table.size() / 10) {
      return known.model();
    }
    MatchModel model = new Linker(Blocking.standard(), 2).train(table, 200_000, 200_000, 1);
    models.put(partnershipId, new Trained(table.size(), model));
    return model;
  }
}
