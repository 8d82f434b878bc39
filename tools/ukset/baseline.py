#!/usr/bin/env python3
"""baseline.py - a deliberately naive linker, to show evaluate.py's output and give a floor.

Links two records when they share a valid NHS number, a valid UPN, a police/lcs reference, or the
same normalised (given name, family name, date of birth). Writes clusters.csv.

    python3 baseline.py out/ out/clusters-baseline.csv
"""
import csv
import glob
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import parse_date  # noqa: E402
from make import nhs_valid, upn_valid  # noqa: E402


def norm(s):
    s = unicodedata.normalize("NFKD", s.replace("Ł", "L").replace("ł", "l"))
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def main(d, out):
    keys, recs = [], []
    for path in sorted(glob.glob(os.path.join(d, "*.csv"))):
        name = os.path.basename(path)[:-4]
        system = re.sub(r"-\d+$", "", name)
        if system in ("truth", "relations") or system.startswith("clusters"):
            continue
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                keys.append((system, r["source_id"]))
                recs.append(r)
    parent = list(range(len(keys)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, ((system, sid), r) in enumerate(zip(keys, recs)):
        blocks = []
        nhs = re.sub(r"\D", "", r["nhs_number"])
        if nhs and nhs_valid(nhs):
            blocks.append(("nhs", nhs))
        if r["upn"] and upn_valid(r["upn"]):
            blocks.append(("upn", r["upn"]))
        for oid in r["other_ids"].split(";"):
            if oid:
                blocks.append(("id", oid))
        if r["date_of_birth"]:
            try:
                dob = parse_date(system, r["date_of_birth"].strip())
                blocks.append(("ngd", norm(r["given_name"]), norm(r["family_name"]), dob))
            except (ValueError, IndexError):
                pass
        for b in blocks:
            if b in first:
                parent[find(i)] = find(first[b])
            else:
                first[b] = i
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["system", "source_id", "cluster"])
        for i, (system, sid) in enumerate(keys):
            w.writerow([system, sid, f"c{find(i)}"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
