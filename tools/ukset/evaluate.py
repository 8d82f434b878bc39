#!/usr/bin/env python3
"""evaluate.py - score a clustering of the ukset records against the truth.

    python3 evaluate.py --clusters clusters.csv [--truth out/truth.csv] [--relations out/relations.csv]
                        [--data out/] [--examples 10] [--json report.json]

clusters.csv has a header `system,source_id,cluster`: every record with the cluster (person) id the
engine put it in. A record missing from clusters.csv is scored as a cluster of its own and reported.
Rows for records that are not in truth.csv are reported and ignored; a record listed twice keeps its
first cluster (reported).

Prints: pairwise (people-level) precision, recall and F1; true pairs missed, by error tag of either
record and by pair of systems; wrong pairs by relation (twin / sibling / parent-child / partner /
household / unrelated) with examples showing both records' fields; people split across 2+ clusters
and clusters merging 2+ people. Standard library only.
"""
import argparse
import collections
import csv
import glob
import json
import os
import random
import re
import sys

REL_ORDER = ["twin", "sibling", "parent-child", "partner", "household", "lookalike", "unrelated"]
REL_PRIORITY = {r: i for i, r in enumerate(REL_ORDER)}
PRESENTATION = {"upper_case", "address_format", "missing_middle", "whitespace", "postcode_format", "unicode_nfd",
                "in_system_dup", "(no tag on either record)"}
FIELDS = ["given_name", "middle_names", "family_name", "previous_names", "date_of_birth", "sex", "postcode",
          "nhs_number", "upn", "other_ids", "address_lines", "town", "uprn"]


def open_csv(path):
    f = open(path, newline="", encoding="utf-8-sig")
    rd = csv.reader(f)
    try:
        header = next(rd)
    except StopIteration:
        f.close()
        return None, [], None
    return [h.strip().lower() for h in header], rd, f


def read_truth(path):
    header, rd, f = open_csv(path)
    need = ["system", "source_id", "person_id", "role", "errors"]
    idx = {k: header.index(k) for k in need}
    truth = {}
    for row in rd:
        if not row:
            continue
        key = (row[idx["system"]].strip(), row[idx["source_id"]].strip())
        errs = row[idx["errors"]].strip() if len(row) > idx["errors"] else ""
        truth[key] = dict(person=row[idx["person_id"]].strip(), role=row[idx["role"]].strip(),
                          tags=[t for t in errs.split(";") if t])
    f.close()
    return truth


def read_relations(path):
    rel = {}
    if not path or not os.path.exists(path):
        return rel
    header, rd, f = open_csv(path)
    ia, ib, ir = header.index("person_id_a"), header.index("person_id_b"), header.index("relation")
    for row in rd:
        if not row:
            continue
        a, b, r = row[ia].strip(), row[ib].strip(), row[ir].strip()
        k = (a, b) if a < b else (b, a)
        if k not in rel or REL_PRIORITY.get(r, 99) < REL_PRIORITY.get(rel[k], 99):
            rel[k] = r
    f.close()
    return rel


def read_records(data_dir):
    """All system CSVs in data_dir (police.csv, police-1.csv, ...), keyed by (system, source_id)."""
    recs = {}
    if not data_dir or not os.path.isdir(data_dir):
        return recs
    for path in sorted(glob.glob(os.path.join(data_dir, "*.csv"))):
        name = os.path.basename(path)[:-4]
        if name in ("truth", "relations", "clusters") or name.startswith("clusters"):
            continue
        system = re.sub(r"-\d+$", "", name)
        header, rd, f = open_csv(path)
        if not header or "source_id" not in header:
            if f:
                f.close()
            continue
        for row in rd:
            if row:
                d = dict(zip(header, row))
                recs[(system, d.get("source_id", "").strip())] = d
        f.close()
    return recs


def read_clusters(path, truth):
    header, rd, f = open_csv(path)
    problems = collections.Counter()
    unknown, dupes = [], []
    if header is None:
        problems["empty clusters file"] += 1
        return {}, problems, unknown, dupes
    def col(*names):
        for n in names:
            if n in header:
                return header.index(n)
        sys.exit(f"clusters file needs a header system,source_id,cluster (got {header})")
    isys = col("system", "source", "source_system")
    isid = col("source_id", "record_id", "id")
    icl = col("cluster", "cluster_id", "person_id", "person", "entity_id")
    systems = {k[0] for k in truth}
    cl = {}
    for n, row in enumerate(rd, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) <= max(isys, isid, icl):
            problems["short rows (ignored)"] += 1
            continue
        system = row[isys].strip()
        if system not in systems:          # e.g. "police-2" or "police.csv" for a split file
            system = re.sub(r"(-\d+)?(\.csv)?$", "", system)
        key = (system, row[isid].strip())
        c = row[icl].strip()
        if key not in truth:
            unknown.append(key)
            continue
        if key in cl:
            if cl[key] != c:
                dupes.append((key, cl[key], c))
            continue
        if c == "":
            problems["rows with an empty cluster (scored as singletons)"] += 1
            continue
        cl[key] = c
    f.close()
    return cl, problems, unknown, dupes


def c2(n):
    return n * (n - 1) // 2


def fmt_rec(key, recs, truth):
    r = recs.get(key)
    t = truth.get(key, {})
    head = f"{key[0]}:{key[1]} [{t.get('person', '?')} {t.get('role', '')}] tags={';'.join(t.get('tags', [])) or '-'}"
    if r is None:
        return "      " + head + " (record fields not found: pass --data)"
    name = " / ".join(r.get(k, "") for k in ("given_name", "middle_names", "family_name"))
    parts = [f"name(given/middle/family)=«{name}»"]
    for k, lab in (("previous_names", "prev"), ("date_of_birth", "dob"), ("sex", "sex"), ("postcode", "pc"),
                   ("nhs_number", "nhs"), ("upn", "upn"), ("other_ids", "ids"), ("address_lines", "addr"),
                   ("town", "town"), ("uprn", "uprn")):
        v = r.get(k, "")
        if v:
            parts.append(f"{lab}={v}")
    return "      " + head + "\n        " + " ".join(parts)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score a clustering of ukset records against the truth.")
    ap.add_argument("--clusters", required=True)
    ap.add_argument("--truth", default=None, help="default: truth.csv next to --data, else ./out/truth.csv")
    ap.add_argument("--relations", default=None, help="default: relations.csv next to truth.csv")
    ap.add_argument("--data", default=None, help="directory of system CSVs, for examples (default: truth.csv's)")
    ap.add_argument("--examples", type=int, default=10, help="examples per wrong-pair relation and of missed pairs")
    ap.add_argument("--seed", type=int, default=0, help="for choosing examples")
    ap.add_argument("--json", default=None, help="also write the numbers to this JSON file")
    a = ap.parse_args(argv)
    here = os.path.dirname(os.path.abspath(__file__))
    truth_path = a.truth or (os.path.join(a.data, "truth.csv") if a.data else os.path.join(here, "out", "truth.csv"))
    data_dir = a.data or os.path.dirname(os.path.abspath(truth_path))
    rel_path = a.relations or os.path.join(os.path.dirname(os.path.abspath(truth_path)), "relations.csv")
    truth = read_truth(truth_path)
    rel = read_relations(rel_path)
    recs = read_records(data_dir)
    cl, problems, unknown, dupes = read_clusters(a.clusters, truth)
    rng = random.Random(a.seed)
    out = {}

    # ---- input checks
    missing = [k for k in truth if k not in cl]
    for k in missing:
        cl[k] = f"__singleton__/{k[0]}/{k[1]}"
    print(f"records in truth: {len(truth)}; in clusters.csv: {len(truth) - len(missing)}")
    if missing:
        bysys = collections.Counter(k[0] for k in missing)
        print(f"  MISSING from clusters.csv (scored as singletons): {len(missing)} "
              f"({', '.join(f'{s}: {n}' for s, n in sorted(bysys.items()))}); e.g. "
              + ", ".join(f"{s}:{i}" for s, i in sorted(missing)[:5]))
    if unknown:
        print(f"  rows for records not in truth.csv (ignored): {len(unknown)}; e.g. "
              + ", ".join(f"{s}:{i}" for s, i in unknown[:5]))
    if dupes:
        print(f"  records listed twice with different clusters (first kept): {len(dupes)}; e.g. "
              + ", ".join(f"{k[0]}:{k[1]} {c1}|{c2_}" for k, c1, c2_ in dupes[:3]))
    for p, n in problems.items():
        print(f"  {p}: {n}")
    out["input"] = dict(truth=len(truth), missing=len(missing), unknown=len(unknown), conflicting_duplicates=len(dupes))

    # ---- pairwise scores (pairs implied by clusters vs pairs of records of one person)
    by_cluster = collections.defaultdict(list)
    by_person = collections.defaultdict(list)
    for k, t in truth.items():
        by_cluster[cl[k]].append(k)
        by_person[t["person"]].append(k)
    cp = collections.Counter((cl[k], truth[k]["person"]) for k in truth)
    tp = sum(c2(n) for n in cp.values())
    pred = sum(c2(len(v)) for v in by_cluster.values())
    true = sum(c2(len(v)) for v in by_person.values())
    prec = tp / pred if pred else 1.0
    rec_ = tp / true if true else 1.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    print()
    print("== pairwise (people-level) scores")
    print(f"  true pairs {true}, predicted pairs {pred}, correct {tp}")
    print(f"  precision {prec:.4f}   recall {rec_:.4f}   F1 {f1:.4f}")
    print(f"  missed true pairs {true - tp}; wrong pairs {pred - tp}")
    out["pairs"] = dict(true=true, predicted=pred, correct=tp, precision=prec, recall=rec_, f1=f1,
                        missed=true - tp, wrong=pred - tp)

    # recall by role and by pair of systems
    role_tot, role_hit = collections.Counter(), collections.Counter()
    sp_tot, sp_hit = collections.Counter(), collections.Counter()
    tag_tot, tag_miss = collections.Counter(), collections.Counter()
    sole_tot, sole_miss = collections.Counter(), collections.Counter()
    missed_pairs = []
    for pid, keys in by_person.items():
        role = truth[keys[0]]["role"]
        for i in range(len(keys)):
            for j in range(i + 1, len(keys)):
                x, y = keys[i], keys[j]
                sp = " + ".join(sorted([x[0], y[0]]))
                hit = cl[x] == cl[y]
                tags = set(truth[x]["tags"]) | set(truth[y]["tags"])
                if not tags:
                    tags = {"(no tag on either record)"}
                role_tot[role] += 1
                sp_tot[sp] += 1
                for t in tags:
                    tag_tot[t] += 1
                core = tags - PRESENTATION
                sole = next(iter(core)) if len(core) == 1 else None
                if sole:
                    sole_tot[sole] += 1
                    if not hit:
                        sole_miss[sole] += 1
                if hit:
                    role_hit[role] += 1
                    sp_hit[sp] += 1
                else:
                    for t in tags:
                        tag_miss[t] += 1
                    missed_pairs.append((x, y))
    print("  recall by role: " + ", ".join(f"{r} {role_hit[r] / role_tot[r]:.4f} ({role_tot[r] - role_hit[r]} missed "
                                          f"of {role_tot[r]})" for r in sorted(role_tot)))
    print()
    print("== true pairs missed, by error tag on either record (a pair counts under each of its tags)")
    print("  ('alone': pairs where this is the only tag on either record apart from presentation-only ones:")
    print("   " + ", ".join(sorted(PRESENTATION)) + ")")
    print(f"  {'tag':34s} {'missed':>7s} {'of':>7s} {'recall':>8s}   {'alone: missed':>13s} {'of':>6s} {'recall':>7s}")
    rows = sorted(tag_tot, key=lambda t: (-tag_miss[t], t))
    for t in rows:
        alone = (f"   {sole_miss[t]:13d} {sole_tot[t]:6d} {1 - sole_miss[t] / sole_tot[t]:7.4f}"
                 if sole_tot[t] else "")
        print(f"  {t:34s} {tag_miss[t]:7d} {tag_tot[t]:7d} {1 - tag_miss[t] / tag_tot[t]:8.4f}{alone}")
    out["missed_by_tag"] = {t: dict(missed=tag_miss[t], total=tag_tot[t], alone_missed=sole_miss[t],
                                    alone_total=sole_tot[t]) for t in rows}
    print()
    print("== true pairs missed, by pair of systems")
    for sp in sorted(sp_tot, key=lambda s: (-(sp_tot[s] - sp_hit[s]), s)):
        print(f"  {sp:34s} {sp_tot[sp] - sp_hit[sp]:7d} {sp_tot[sp]:7d} {sp_hit[sp] / sp_tot[sp]:8.4f}")
    out["missed_by_systems"] = {sp: dict(missed=sp_tot[sp] - sp_hit[sp], total=sp_tot[sp]) for sp in sp_tot}
    if missed_pairs and a.examples:
        print()
        print(f"  {min(a.examples, len(missed_pairs))} examples of missed pairs:")
        for x, y in rng.sample(missed_pairs, min(a.examples, len(missed_pairs))):
            print("   - missed pair")
            print(fmt_rec(x, recs, truth))
            print(fmt_rec(y, recs, truth))

    # ---- wrong pairs by relation
    rel_by_person = collections.defaultdict(list)
    for (p, q), r in rel.items():
        rel_by_person[p].append((q, r))
        rel_by_person[q].append((p, r))
    wrong = collections.Counter()
    examples = collections.defaultdict(list)    # reservoir per relation
    seen = collections.Counter()

    def offer(r, x, y, weight=1):
        # reservoir sampling over pairs of people (one record pair each), spread over the whole output
        seen[r] += 1
        if len(examples[r]) < a.examples:
            examples[r].append((x, y))
        else:
            j = rng.randrange(seen[r])
            if j < a.examples:
                examples[r][j] = (x, y)

    wrong_sp = collections.Counter()
    merged_clusters = 0
    merged_sizes = collections.Counter()
    for c, keys in by_cluster.items():
        persons = collections.defaultdict(list)
        for k in keys:
            persons[truth[k]["person"]].append(k)
        if len(persons) < 2:
            continue
        merged_clusters += 1
        merged_sizes[min(len(persons), 10)] += 1
        plist = sorted(persons)
        if len(plist) <= 400:
            for i in range(len(plist)):
                for j in range(i + 1, len(plist)):
                    p, q = plist[i], plist[j]
                    r = rel.get((p, q) if p < q else (q, p), "unrelated")
                    n = len(persons[p]) * len(persons[q])
                    wrong[r] += n
                    for x in persons[p]:
                        for y in persons[q]:
                            wrong_sp[" + ".join(sorted([x[0], y[0]]))] += 1
                    offer(r, rng.choice(persons[p]), rng.choice(persons[q]), n)
        else:   # a very large cluster: count related pairs through the relations, the rest are unrelated
            total = c2(len(keys)) - sum(c2(len(v)) for v in persons.values())
            related = 0
            pset = set(plist)
            for p in plist:
                for q, r in rel_by_person.get(p, []):
                    if q in pset and p < q:
                        n = len(persons[p]) * len(persons[q])
                        wrong[r] += n
                        related += n
                        offer(r, persons[p][0], persons[q][0], n)
            wrong["unrelated"] += total - related
            for _ in range(a.examples):
                p, q = rng.sample(plist, 2)
                if (min(p, q), max(p, q)) not in rel:
                    offer("unrelated", persons[p][0], persons[q][0])
    print()
    print("== wrong pairs (records of different people put together), by relation of the two people")
    tot_wrong = sum(wrong.values())
    for r in REL_ORDER:
        print(f"  {r:14s} {wrong[r]:8d}  ({wrong[r] / tot_wrong:.1%} of wrong pairs)" if tot_wrong else f"  {r:14s} 0")
    out["wrong_by_relation"] = {r: wrong[r] for r in REL_ORDER}
    if wrong_sp:
        print("  by pair of systems: " + ", ".join(f"{sp} {n}" for sp, n in wrong_sp.most_common()))
        out["wrong_by_systems"] = dict(wrong_sp)
    for r in REL_ORDER:
        if examples[r]:
            print(f"\n  examples, {r}:")
            for x, y in examples[r]:
                print("   - wrong pair")
                print(fmt_rec(x, recs, truth))
                print(fmt_rec(y, recs, truth))

    # ---- people split, clusters merged
    split = collections.Counter()
    multi = 0
    for pid, keys in by_person.items():
        if len(keys) < 2:
            continue
        multi += 1
        n = len({cl[k] for k in keys})
        if n > 1:
            split[min(n, 5)] += 1
    print()
    print("== people and clusters")
    print(f"  people: {len(by_person)} ({multi} with 2+ records); clusters: {len(by_cluster)}")
    split_s = ", ".join(f"{k}{'+' if k == 5 else ''} clusters: {v}" for k, v in sorted(split.items()))
    merged_s = ", ".join(f"{k}{'+' if k == 10 else ''} people: {v}" for k, v in sorted(merged_sizes.items()))
    print(f"  people split into 2+ clusters: {sum(split.values())} ({split_s})")
    print(f"  clusters merging 2+ people: {merged_clusters} ({merged_s})")
    out["people"] = dict(people=len(by_person), with_2plus_records=multi, clusters=len(by_cluster),
                         split=sum(split.values()), merged_clusters=merged_clusters)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)
    return out


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:        # e.g. piped into head
        sys.stderr.close()
