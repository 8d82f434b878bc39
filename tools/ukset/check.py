#!/usr/bin/env python3
"""check.py - self-checks of a generated ukset directory (format, identifiers, truth coverage).

    python3 check.py out/            # exit status 1 if anything is wrong
"""
import collections
import csv
import datetime as dt
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make import HEADER, SYSTEMS, MONTHS, nhs_valid, upn_valid  # noqa: E402

PC = re.compile(r"^[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$")
DATE_RE = {"police": r"^\d\d/\d\d/\d{4}$", "youth_justice": r"^\d\d/\d\d/\d{4}$", "health": r"^\d{8}$",
           "education": r"^\d{4}-\d\d-\d\d$", "social_care": r"^\d{1,2} [A-Z][a-z]{2} \d{4}$"}


def parse_date(system, s):
    if system in ("police", "youth_justice"):
        d, m, y = s.split("/")
    elif system == "health":
        y, m, d = s[:4], s[4:6], s[6:]
    elif system == "education":
        y, m, d = s.split("-")
    else:
        d, mon, y = s.split()
        m = MONTHS.index(mon) + 1
    return dt.date(int(y), int(m), int(d))


def main(d):
    bad = collections.Counter()
    notes = []

    def fail(what, example):
        bad[what] += 1
        if bad[what] <= 3:
            notes.append(f"{what}: {example}")

    truth = {}
    with open(os.path.join(d, "truth.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            truth[(r["system"], r["source_id"])] = r
    seen = set()
    rows_per_system = collections.Counter()
    for path in sorted(glob.glob(os.path.join(d, "*.csv"))):
        name = os.path.basename(path)[:-4]
        system = re.sub(r"-\d+$", "", name)
        if system not in SYSTEMS:
            continue
        with open(path, newline="", encoding="utf-8") as f:
            rd = csv.reader(f)
            header = next(rd)
            if header != HEADER:
                fail("header", f"{name}: {header}")
            n = 0
            for row in rd:
                n += 1
                if len(row) != len(HEADER):
                    fail("row length", f"{name} row {n}")
                    continue
                r = dict(zip(HEADER, row))
                key = (system, r["source_id"])
                if key in seen:
                    fail("duplicate source_id", key)
                seen.add(key)
                t = truth.get(key)
                if t is None:
                    fail("record not in truth", key)
                    continue
                tags = set(t["errors"].split(";")) - {""}
                if r["nhs_number"] and not nhs_valid(r["nhs_number"]) and "nhs_typo" not in tags:
                    fail("invalid NHS number without nhs_typo", (key, r["nhs_number"]))
                if "nhs_typo" in tags and nhs_valid(r["nhs_number"]):
                    fail("nhs_typo but valid", key)
                if r["upn"] and not upn_valid(r["upn"]) and "upn_typo" not in tags:
                    fail("invalid UPN without upn_typo", (key, r["upn"]))
                if "upn_typo" in tags and upn_valid(r["upn"]):
                    fail("upn_typo but valid", key)
                if r["postcode"] and not PC.match(r["postcode"]) and "postcode_format" not in tags:
                    fail("bad postcode", (key, r["postcode"]))
                if r["uprn"] and not re.fullmatch(r"\d{12}", r["uprn"]):
                    fail("bad uprn", (key, r["uprn"]))
                if r["sex"] not in ("F", "M", "U", ""):
                    fail("bad sex", key)
                if r["date_of_birth"]:
                    if not re.match(DATE_RE[system], r["date_of_birth"]):
                        fail("date format", (key, r["date_of_birth"]))
                    else:
                        try:
                            dob = parse_date(system, r["date_of_birth"])
                            age = (dt.date(2026, 12, 1) - dob).days / 365.25
                            if t["role"] == "child" and not (6 <= age < 20) and not tags & {"dob_digit", "dob_year"}:
                                fail("child age", (key, r["date_of_birth"]))
                        except ValueError:
                            fail("invalid date", (key, r["date_of_birth"]))
                elif "dob_missing" not in tags:
                    fail("empty dob without dob_missing", key)
            if n > 9000:
                fail("more than 9000 rows", name)
            rows_per_system[system] += n
    for k in truth:
        if k not in seen:
            fail("truth row without record", k)
    people = {t["person_id"] for t in truth.values()}
    with open(os.path.join(d, "relations.csv"), newline="", encoding="utf-8") as f:
        rel = list(csv.DictReader(f))
    for r in rel:
        if r["person_id_a"] not in people or r["person_id_b"] not in people:
            fail("relation to unknown person", r)
        if r["relation"] not in ("twin", "sibling", "parent-child", "partner", "household", "lookalike"):
            fail("unknown relation", r)
    print("records:", dict(rows_per_system), "people:", len(people), "relations:", len(rel))
    for n in notes:
        print("  ", n)
    if bad:
        print("PROBLEMS:", dict(bad))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")))
