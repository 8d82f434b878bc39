#!/usr/bin/env python3
"""make.py - an independent, UK-shaped synthetic record-linkage test set.

Builds a fictional English county ("Wrenshire", postcode areas WQ/HQ/LQ/YX that do not exist),
households of children (8-17) and adults (25-55), and the records five partner systems hold on
them (police, health, education, children's social care, youth justice), each corrupted the way
such systems corrupt names, dates, addresses and identifiers. Writes one CSV per system (split at
--max-rows), truth.csv, relations.csv and stats.md.

    python3 make.py --seed 1 --people 6000 --out out/

Standard library only; deterministic for a given --seed (and Python 3.11's random module).
Everyone in the output is synthetic. NHS numbers are drawn from the 999 test range by default.
"""
import argparse
import collections
import csv
import datetime as dt
import difflib
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lists as L  # noqa: E402

REF = dt.date(2026, 12, 1)
HEADER = ["source_id", "given_name", "middle_names", "family_name", "previous_names", "date_of_birth",
          "sex", "postcode", "nhs_number", "upn", "other_ids", "address_lines", "town", "uprn"]
SYSTEMS = ["police", "health", "education", "social_care", "youth_justice"]
GROUPS = [("british", 0.755), ("pakistani_bangladeshi", 0.075), ("indian", 0.03), ("west_african", 0.03),
          ("somali", 0.012), ("polish", 0.05), ("romanian", 0.03), ("chinese", 0.018)]
SIKH_SURNAMES = {"Gill", "Sandhu", "Sidhu", "Dhillon", "Bains", "Grewal"}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"          # letters used in the inward code (no C I K M O V)
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"             # DfE check-letter alphabet (no I O S)
HOME_LA = "926"                                   # a valid DfE LA number (the county itself is fictional)
OTHER_LAS = ["925", "928", "935", "873", "886", "330", "350", "380"]

# --- per-system behaviour and error rates ----------------------------------------------------------
# Rates are per record; where a class only applies to some names/dates ("applicable"), the rate is
# per applicable record. README.md explains each.
BASE = dict(
    dup=0.01, dup3=0.0,
    # given name
    pref=0.3, kbm=0.3, nick=0.08, rand_nick=0.005, formal=0.01, fms=0.003, phon=0.12, accent=0.4,
    ghyph=0.15, typo_g=0.01, quoted_nick=0.0,
    # family name
    stale_sn=0.25, knownas=0.2, sikh=0.15, fhyph=0.15, apos=0.15, typo_f=0.01, swap=0.004,
    # presentation
    ws=0.008, upper=0.0, fam_upper=0.0, middle_keep=0.85, prev_keep=0.3, nfd=0.0, alias=0.0,
    # date of birth
    dob_missing=0.0, dob_missing_adult=0.0, dob_ph=0.0, dob_dm=0.01, dob_digit=0.005, dob_year=0.004,
    # sex
    sex_missing=0.005, sex_wrong=0.002,
    # address
    has_address=True, pc_missing=0.01, pc_slip=0.01, pc_fmt=0.01, addr_missing=0.01, town_missing=0.03,
    other_addr=0.0, stale_addr=0.15, placement=0.6, otherparent=0.03, addr_fmt=0.1, uprn_have=0.0,
    uprn_wrong=0.003,
    # identifiers
    nhs_have_child=0.0, nhs_have_adult=0.0, nhs_typo=0.0, nhs_other=0.0, upn_have=0.0, upn_typo=0.0,
    xref_police=0.0, xref_lcs=0.0, xref_wrong=0.02,
    date_fmt="iso",
)
RATES = {
    "police": dict(BASE, dup=0.05, dup3=0.15, pref=0.5, kbm=0.5, nick=0.40, rand_nick=0.02, formal=0.03,
                   fms=0.01, phon=0.22, accent=0.9, ghyph=0.35, typo_g=0.03, quoted_nick=0.05,
                   stale_sn=0.45, knownas=0.55, sikh=0.35, fhyph=0.4, apos=0.35, typo_f=0.03, swap=0.012,
                   ws=0.02, upper=0.6, middle_keep=0.45, prev_keep=0.3, alias=0.3,
                   dob_missing=0.03, dob_missing_adult=0.02, dob_ph=0.02, dob_dm=0.04, dob_digit=0.015,
                   dob_year=0.01, sex_missing=0.03, sex_wrong=0.004,
                   pc_missing=0.06, pc_slip=0.02, pc_fmt=0.05, addr_missing=0.05, town_missing=0.1,
                   other_addr=0.06, stale_addr=0.35, placement=0.6, otherparent=0.1, addr_fmt=0.25,
                   uprn_have=0.05, nhs_have_child=0.03, nhs_have_adult=0.02, nhs_typo=0.05, nhs_other=0.03,
                   xref_lcs=0.10, date_fmt="dmy"),
    "health": dict(BASE, dup=0.008, pref=0.1, kbm=0.15, nick=0.03, rand_nick=0.002, formal=0.0, fms=0.002,
                   phon=0.05, accent=0.5, ghyph=0.08, typo_g=0.004, stale_sn=0.25, knownas=0.05, sikh=0.05,
                   fhyph=0.1, apos=0.1, typo_f=0.004, swap=0.002, ws=0.005, fam_upper=0.3, middle_keep=0.85,
                   prev_keep=0.4, dob_dm=0.01, dob_digit=0.002, dob_year=0.002, sex_missing=0.003,
                   sex_wrong=0.001, pc_missing=0.005, pc_slip=0.005, pc_fmt=0.005, addr_missing=0.003,
                   town_missing=0.02, stale_addr=0.40, placement=0.5, otherparent=0.03, addr_fmt=0.1,
                   uprn_have=0.3, nhs_have_child=0.985, nhs_have_adult=0.985, nhs_typo=0.002, nhs_other=0.002,
                   date_fmt="ymd"),
    "education": dict(BASE, dup=0.01, pref=0.7, kbm=0.6, nick=0.08, rand_nick=0.005, formal=0.0, fms=0.004,
                      phon=0.08, accent=0.25, ghyph=0.12, typo_g=0.008, stale_sn=0.15, knownas=0.65, sikh=0.1,
                      fhyph=0.2, apos=0.1, typo_f=0.008, swap=0.003, ws=0.01, middle_keep=0.95,
                      prev_keep=0.45, nfd=0.15, dob_dm=0.01, dob_digit=0.004, dob_year=0.003,
                      sex_missing=0.0, sex_wrong=0.002, pc_missing=0.004, pc_slip=0.006, pc_fmt=0.01,
                      addr_missing=0.004, town_missing=0.02, stale_addr=0.12, placement=0.6, otherparent=0.05,
                      addr_fmt=0.12, uprn_have=0.5, upn_have=0.98, upn_typo=0.003, date_fmt="iso"),
    "social_care": dict(BASE, dup=0.03, pref=0.4, kbm=0.4, nick=0.15, rand_nick=0.01, formal=0.01, fms=0.006,
                        phon=0.15, accent=0.4, ghyph=0.15, typo_g=0.015, stale_sn=0.12, knownas=0.2, sikh=0.15,
                        fhyph=0.15, apos=0.15, typo_f=0.015, swap=0.005, ws=0.012, middle_keep=0.7,
                        prev_keep=0.8, dob_missing=0.005, dob_missing_adult=0.12, dob_ph=0.003, dob_dm=0.02,
                        dob_digit=0.008, dob_year=0.006, sex_missing=0.01, sex_wrong=0.002,
                        pc_missing=0.02, pc_slip=0.01, pc_fmt=0.02, addr_missing=0.02, town_missing=0.03,
                        stale_addr=0.10, placement=0.9, otherparent=0.04, addr_fmt=0.12, uprn_have=0.85,
                        nhs_have_child=0.75, nhs_have_adult=0.35, nhs_typo=0.015, nhs_other=0.01,
                        upn_have=0.35, upn_typo=0.01, xref_police=0.20, date_fmt="dmon"),
    "youth_justice": dict(BASE, dup=0.01, pref=0.5, kbm=0.4, nick=0.35, rand_nick=0.02, formal=0.02, fms=0.008,
                          phon=0.25, accent=0.9, ghyph=0.3, typo_g=0.025, stale_sn=0.35, knownas=0.5, sikh=0.3,
                          fhyph=0.35, apos=0.3, typo_f=0.025, swap=0.008, ws=0.015, fam_upper=0.25,
                          middle_keep=0.0, prev_keep=0.0, dob_missing=0.01, dob_ph=0.005, dob_dm=0.03,
                          dob_digit=0.01, dob_year=0.008, sex_missing=0.01, sex_wrong=0.003,
                          has_address=False, pc_missing=0.03, pc_slip=0.015, pc_fmt=0.05, stale_addr=0.15,
                          placement=0.7, otherparent=0.08, xref_police=0.15, xref_lcs=0.0, date_fmt="dmy"),
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --- helpers -----------------------------------------------------------------------------------
class Pool:
    """Weighted sampler with a fixed order (deterministic for a seeded Random)."""

    def __init__(self, items):
        self.values, self.cum, acc = [], [], 0.0
        for v, w in items:
            if w > 0:
                acc += w
                self.values.append(v)
                self.cum.append(acc)

    def pick(self, rng):
        return rng.choices(self.values, cum_weights=self.cum)[0]


def nhs_check(nine):
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - total % 11
    return 0 if c == 11 else (None if c == 10 else c)


def nhs_valid(s):
    s = "".join(ch for ch in s if ch.isdigit())
    return len(s) == 10 and nhs_check(s[:9]) == int(s[9])


def upn_check(twelve):
    total = 0
    for w, ch in zip(range(2, 14), twelve):
        v = int(ch) if ch.isdigit() else UPN_ALPHA.index(ch)
        total += w * v
    return UPN_ALPHA[total % 23]


def upn_valid(s):
    return len(s) == 13 and s[0] in UPN_ALPHA and s[1:12].isdigit() and \
        (s[12].isdigit() or s[12] in UPN_ALPHA) and upn_check(s[1:]) == s[0]


def strip_accents(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def feminine(surname):
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(m):
            return surname[: -len(m)] + f
    return surname


def age_on(dob, when=REF):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def dob_for_age(rng, age):
    latest = REF.replace(year=REF.year - age)
    return latest - dt.timedelta(days=rng.randint(0, 364))


KEYROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
KEYPOS = {ch: (r, c + 0.5 * r) for r, row in enumerate(KEYROWS) for c, ch in enumerate(row)}
NEIGH = {a: [b for b in KEYPOS if b != a and abs(KEYPOS[a][0] - KEYPOS[b][0]) <= 1
             and abs(KEYPOS[a][1] - KEYPOS[b][1]) <= 1.0] for a in KEYPOS}


def typo(rng, s):
    """One keyboard slip: neighbour key, adjacent transposition, dropped or doubled letter."""
    idx = [i for i, ch in enumerate(s) if ch.isalpha() and ch.lower() in KEYPOS]
    if len(idx) < 3:
        return s
    kind = rng.choices(["neighbour", "transpose", "drop", "double"], [0.35, 0.25, 0.25, 0.15])[0]
    i = rng.choice(idx[1:]) if kind != "neighbour" else rng.choice(idx)
    if kind == "neighbour":
        rep = rng.choice(NEIGH[s[i].lower()])
        rep = rep.upper() if s[i].isupper() else rep
        return s[:i] + rep + s[i + 1:]
    if kind == "transpose":
        j = i - 1
        if s[j] == s[i] or not s[j].isalpha():
            return s[:i] + s[i + 1:]
        a, b = s[j], s[i]
        if a.isupper() and not b.isupper():   # keep the capital at the front
            a, b = a.lower(), b.upper()
        return s[:j] + b + a + s[i + 1:]
    if kind == "drop":
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


class World:
    def __init__(self, seed, names_dir, nhs_range, people=6000):
        self.rng = random.Random(seed)
        self.nhs_range = nhs_range
        self.scale = max(1.0, people / 6000)
        self.load_names(names_dir)
        self.used_nhs, self.used_upn, self.used_uprn = set(), set(), set()
        self.build_gazetteer()
        self.people, self.households, self.relations = [], [], []
        self.by_surname_sex = collections.defaultdict(list)   # earlier children, for lookalikes
        self.lookalikes = []

    # --- names ------------------------------------------------------------------------------------
    def load_names(self, d):
        ons = collections.defaultdict(dict)
        with open(os.path.join(d, "first-names-england-wales.csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                ons[row["name"]][row["sex"]] = int(row["count"])
        self.ons = ons
        excl = set()
        for g in ("pakistani_bangladeshi", "somali"):
            for k in ("M", "F"):
                excl.update(L.GIVEN[g][k])
        for grp in L.GIVEN_VARIANTS[:24]:          # Muslim-name spelling groups
            excl.update(grp)
        excl -= {"Adam", "Zara", "Sofia", "Omar"}
        self.brit_child = {s: Pool([(n, c.get(s, 0)) for n, c in ons.items() if n not in excl]) for s in "MF"}
        self.brit_adult = {s: Pool([(n, 1.0 / (i + 3)) for i, n in enumerate(L.BRITISH_ADULT[s])]) for s in "MF"}
        self.brit_surname = Pool([(n, 1.0 / (i + 2) ** 0.85) for i, n in enumerate(L.BRITISH_SURNAMES)])
        self.group_pool = Pool(GROUPS)
        self.gvar = {}
        for grp in L.GIVEN_VARIANTS:
            for n in grp:
                self.gvar.setdefault(n, [x for x in grp if x != n])
        self.svar = {}
        for grp in L.SURNAME_VARIANTS:
            for n in grp:
                self.svar.setdefault(n, [x for x in grp if x != n])
        # nicknames: curated British map, plus pairs from nicknames.csv that look like real British usage
        nick = {k: list(v) for k, v in L.NICKNAMES.items()}
        with open(os.path.join(d, "nicknames.csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                a, b = row["name1"].title(), row["name2"].title()
                if a in nick or row["relationship"] != "has_nickname":
                    continue
                popular = sum(ons.get(b, {}).values()) >= 150
                spelling = difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8   # Lilly/Lily
                noisy = (a, b) in {("Anderson", "Andy"), ("Evangeline", "Evan"), ("Felicia", "Felix"),
                                   ("Claire", "Clara"), ("Annette", "Anna"), ("Annie", "Anna"), ("Leanne", "Lea"),
                                   ("Marie", "Mary"), ("Mariah", "Mary"), ("Marion", "Mary"), ("Marcus", "Mark"),
                                   ("Salvador", "Sally"), ("Sharon", "Shay"), ("Wilson", "Will"), ("Kendall", "Kenny"),
                                   ("Kendra", "Kenny"), ("Katia", "Kate"), ("Mercedes", "Mercy"), ("Gareth", "Gary")}
                if popular and not spelling and not noisy and b[:3] == a[:3] and len(b) < len(a) \
                        and sum(ons.get(a, {}).values()) >= 15:
                    nick.setdefault(a, []).append(b)
        self.nick = nick

    def given(self, group, sex, adult):
        rng = self.rng
        if group == "british":
            if adult and rng.random() < 0.8:
                return self.brit_adult[sex].pick(rng)
            return self.brit_child[sex].pick(rng)
        key = ("A" if adult else "") + sex
        names = L.GIVEN[group][key]
        return Pool([(n, sum(self.ons.get(n, {}).values()) + 200) for n in names]).pick(rng)

    def middle(self, group, sex, given, adult):
        rng = self.rng
        if group == "british" or group == "west_african":
            p1 = 0.62 if adult else 0.74
            if group == "west_african":
                p1 = 0.6
            if rng.random() >= p1:
                return []
            out = []
            for _ in range(2 if rng.random() < 0.1 else 1):
                if group == "west_african" and rng.random() < 0.6:
                    m = rng.choice(L.GIVEN["west_african"][sex])
                elif rng.random() < 0.5:
                    m = rng.choice(L.CLASSIC_MIDDLE[sex])
                else:
                    m = self.brit_child[sex].pick(rng)
                if m != given and m not in out and "-" not in m:
                    out.append(m)
            return out
        if group in ("polish", "romanian", "pakistani_bangladeshi"):
            if rng.random() < 0.35:
                m = self.given(group, sex, adult)
                return [m] if m != given else []
            return []
        return []

    def surname(self, group):
        if group == "british":
            return self.brit_surname.pick(self.rng)
        return self.rng.choice(L.SURNAMES[group])

    # --- places -----------------------------------------------------------------------------------
    def uprn(self):
        while True:
            u = str(self.rng.randint(10 ** 11, 10 ** 12 - 1))
            if u not in self.used_uprn:
                self.used_uprn.add(u)
                return u

    def build_gazetteer(self):
        rng = self.rng
        self.addresses = {}       # outward -> list of address dicts
        self.free = {}            # outward -> list of unused address indexes (shuffled)
        used_units = set()
        for outward, town, localities in L.DISTRICTS + L.OUT_OF_AREA:
            n_streets = round((55 if outward.startswith("WQ") else 12) * self.scale)
            sectors = rng.sample(range(1, 10), 3)
            addrs = []
            names = set()
            for _ in range(n_streets):
                while True:
                    root, stype = rng.choice(L.STREET_ROOTS), Pool(L.STREET_TYPES).pick(rng)
                    street = f"{root} {stype}"
                    if street not in names:
                        names.add(street)
                        break
                locality = rng.choice(localities) if localities and rng.random() < 0.45 else ""
                rural = bool(locality) and rng.random() < 0.4
                n = rng.randint(10, 70)
                parts = []
                for num in range(1, n + 1):
                    if rural and rng.random() < 0.35:
                        parts.append(dict(house_name=rng.choice(L.HOUSE_NAMES), number=None, flat=None, building=None))
                    elif rng.random() < 0.05:
                        for fl in ("A", "B"):
                            parts.append(dict(house_name=None, number=str(num), flat=f"Flat {fl}", building=None))
                    else:
                        parts.append(dict(house_name=None, number=str(num), flat=None, building=None))
                if rng.random() < 0.15:
                    bname = f"{rng.choice(L.BLOCK_NAMES)} {rng.choice(L.BLOCK_TYPES)}"
                    for fl in range(1, rng.randint(6, 30)):
                        parts.append(dict(house_name=None, number=None, flat=f"Flat {fl}", building=bname))
                # postcode units of 8-25 delivery points
                i = 0
                sector = rng.choice(sectors)
                while i < len(parts):
                    size = rng.randint(8, 25)
                    while True:
                        unit = f"{outward} {sector}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
                        if unit not in used_units:
                            used_units.add(unit)
                            break
                    for p in parts[i:i + size]:
                        p.update(street=street, stype=stype, locality=locality, town=town, postcode=unit,
                                 outward=outward, uprn=self.uprn())
                        addrs.append(p)
                    i += size
            self.addresses[outward] = addrs
            idx = list(range(len(addrs)))
            rng.shuffle(idx)
            self.free[outward] = idx
        self.in_county = [d[0] for d in L.DISTRICTS]
        self.district_pool = Pool(list(zip(self.in_county, L.DISTRICT_WEIGHTS)))
        self.out_area = [d[0] for d in L.OUT_OF_AREA]

    def take_address(self, out_of_area=False, near=None):
        rng = self.rng
        if out_of_area:
            outward = rng.choice(self.out_area)
        elif near and rng.random() < 0.5:
            outward = near
        else:
            outward = self.district_pool.pick(rng)
        free = self.free[outward]
        if free:
            return self.addresses[outward][free.pop()]
        return rng.choice(self.addresses[outward])

    def any_address(self):
        outward = self.district_pool.pick(self.rng)
        return self.rng.choice(self.addresses[outward])

    # --- identifiers ---------------------------------------------------------------------------------
    def nhs(self):
        rng = self.rng
        while True:
            if self.nhs_range == "test":
                nine = "999" + "".join(str(rng.randint(0, 9)) for _ in range(6))
            else:
                nine = str(rng.choice([4, 6, 7])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
            c = nhs_check(nine)
            if c is not None and nine + str(c) not in self.used_nhs:
                self.used_nhs.add(nine + str(c))
                return nine + str(c)

    def upn(self, dob):
        rng = self.rng
        la = HOME_LA if rng.random() < 0.88 else rng.choice(OTHER_LAS)
        year = f"{(dob.year + 5) % 100:02d}"           # allocated on first entry to school
        while True:
            estab = f"{rng.choice([2, 2, 2, 3, 5]):d}{rng.randint(0, 399):03d}"
            body = f"{la}{estab}{year}{rng.randint(1, 999):03d}"
            u = upn_check(body) + body
            if u not in self.used_upn:
                self.used_upn.add(u)
                return u

    def temp_upn(self, upn):
        body = upn[1:10] + f"{self.rng.randint(0, 99):02d}" + self.rng.choice(UPN_ALPHA)
        return upn_check(body) + body

    # --- people and households ------------------------------------------------------------------------
    def person(self, hh, role, kind, sex, dob, given, middles, family, group):
        p = dict(pid=None, hh=hh["id"], role=role, kind=kind, sex=sex, dob=dob, given=given, middles=middles,
                 family=family, group=group, prev_family=[], prev_names=[], known_as_family=None,
                 preferred=None, nickname=None, known_by_middle=False, sikh=False, placement=None,
                 other_parent_addr=None, addr_hist=hh["addr_hist"], nhs=None, upn=None, systems=[],
                 twin=None)
        hh["members"].append(p)
        return p

    def add_household(self):
        rng = self.rng
        hid = len(self.households)
        group = self.group_pool.pick(rng)
        cur = self.take_address()
        hist = [cur]
        r = rng.random()
        if r < 0.24:                       # moved in the last few years
            prev = self.take_address(out_of_area=rng.random() < 0.25, near=cur["outward"])
            hist = [prev, cur]
            if rng.random() < 0.2:
                hist = [self.take_address(near=cur["outward"])] + hist
        hh = dict(id=hid, group=group, addr_hist=hist, members=[])
        self.households.append(hh)
        kind = Pool([("couple", 0.42), ("single_mother", 0.33), ("single_father", 0.04), ("step", 0.14),
                     ("kinship", 0.07)]).pick(rng)
        hh["kind"] = kind
        # children ages
        n_target = Pool([(1, 0.33), (2, 0.35), (3, 0.2), (4, 0.09), (5, 0.03)]).pick(rng)
        eldest = Pool([(a, 0.6 + 0.1 * (a - 8)) for a in range(8, 18)]).pick(rng)
        ages, a = [], eldest
        while len(ages) < n_target and a >= 8:
            ages.append(a)
            a -= Pool([(1, 0.22), (2, 0.32), (3, 0.2), (4, 0.13), (5, 0.08), (6, 0.05)]).pick(rng)
        # adults
        mum_age = min(55, max(25, eldest + rng.randint(18, 37)))
        dad_age = min(55, max(25, eldest + 18, mum_age + round(rng.gauss(2.5, 3))))
        fem = (lambda s: feminine(s)) if group == "polish" else (lambda s: s)
        mum = dad = step = nonres = carer = None
        dad_fam = self.surname(group)
        maiden = self.surname(group)
        if group == "pakistani_bangladeshi" and rng.random() < 0.35:
            maiden = rng.choice(L.FEMALE_ONLY_SURNAMES["pakistani_bangladeshi"])
        if group == "indian" and dad_fam in SIKH_SURNAMES and rng.random() < 0.3:
            maiden = "Kaur"
        child_fam, child_prev, child_knownas = dad_fam, None, None
        if kind in ("couple", "single_father"):
            g = self.given(group, "M", True)
            dad = self.person(hh, "adult", "father", "M", dob_for_age(rng, dad_age), g,
                              self.middle(group, "M", g, True), dad_fam, group)
        if kind in ("couple", "single_mother", "step"):
            g = self.given(group, "F", True)
            mum = self.person(hh, "adult", "mother", "F", dob_for_age(rng, mum_age), g,
                              self.middle(group, "F", g, True), fem(maiden), group)
        if kind == "couple":
            keeps = rng.random() < (0.5 if group in ("pakistani_bangladeshi", "indian", "chinese", "somali") else 0.2)
            if not keeps:
                mum["prev_names"].append(f"{mum['given']} {mum['family']}")
                mum["prev_family"].append(mum["family"])
                mum["family"] = fem(dad_fam)
            elif group == "british" and rng.random() < 0.4:
                child_fam = rng.choice([f"{maiden}-{dad_fam}", f"{dad_fam}-{maiden}"])
        if kind in ("single_mother", "step"):
            dad_name = dad_fam
            r = rng.random()
            if r < 0.45:
                child_fam = dad_name
                if rng.random() < 0.25 and mum["family"] not in ("Begum", "Bibi", "Kausar", "Kaur"):
                    child_fam, child_prev = mum["family"], dad_name   # parents separated: mother's surname
            elif r < 0.9 and mum["family"] not in ("Begum", "Bibi", "Kausar", "Kaur"):
                child_fam = mum["family"]
            elif group == "british":
                child_fam = f"{dad_name}-{mum['family']}"
            if rng.random() < (0.45 if kind == "single_mother" else 0.4):   # the non-resident father is known
                g = self.given(group, "M", True)
                naddr = self.take_address(out_of_area=rng.random() < 0.15, near=cur["outward"])
                nh = dict(id=f"{hid}n", addr_hist=[naddr], members=[])
                nonres = self.person(nh, "adult", "nonresident_father", "M", dob_for_age(rng, dad_age), g,
                                     self.middle(group, "M", g, True), dad_name, group)
                hh["members"].append(nonres)
                nonres["hh"] = hid
        if kind == "step":
            step_fam = self.surname(group)
            g = self.given(group, "M", True)
            step = self.person(hh, "adult", "stepfather", "M",
                               dob_for_age(rng, min(55, max(25, mum_age + rng.randint(-4, 7)))), g,
                               self.middle(group, "M", g, True), step_fam, group)
            if rng.random() < 0.6:
                mum["prev_names"].append(f"{mum['given']} {mum['family']}")
                mum["prev_family"].append(mum["family"])
                mum["family"] = fem(step_fam)
            r = rng.random()
            if r < 0.3:
                child_prev, child_fam = child_fam, step_fam
            elif r < 0.7:
                child_knownas = step_fam
        if kind == "kinship":
            g = self.given(group, "F", True)
            carer_fam = child_fam if rng.random() < 0.4 else self.surname(group)
            carer = self.person(hh, "adult", "kinship_carer", "F", dob_for_age(rng, rng.randint(42, 55)), g,
                                self.middle(group, "F", g, True), fem(carer_fam), group)
        # children
        children = []
        junior_done = False
        i = 0
        while i < len(ages):
            age = ages[i]
            twin = rng.random() < 0.016
            dob = dob_for_age(rng, age)
            batch = []
            if twin:
                if rng.random() < 0.35 and group in ("british", "pakistani_bangladeshi"):
                    a, b, sa, sb = rng.choice([t for t in L.SIMILAR_TWIN_NAMES if t[0] != "Hassan"])
                    if group == "pakistani_bangladeshi" and rng.random() < 0.5:
                        a, b, sa, sb = "Hassan", "Hussain", "M", "M"
                    batch = [(sa, a), (sb, b)]
                else:
                    sa = rng.choice("MF")
                    sb = sa if rng.random() < 0.65 else ("F" if sa == "M" else "M")
                    a = self.given(group, sa, False)
                    b = a
                    while b == a:
                        b = self.given(group, sb, False)
                    batch = [(sa, a), (sb, b)]
            else:
                s = "M" if rng.random() < 0.512 else "F"
                batch = [(s, self.given(group, s, False))]
            made = []
            for s, g in batch:
                fam = fem(child_fam) if s == "F" else child_fam
                mid = self.middle(group, s, g, False)
                c = self.person(hh, "child", "child", s, dob, g, mid, fam, group)
                if child_prev:
                    pf = fem(child_prev) if s == "F" else child_prev
                    c["prev_family"].append(pf)
                    c["prev_names"].append(f"{g} {pf}")
                if child_knownas:
                    c["known_as_family"] = fem(child_knownas) if s == "F" else child_knownas
                made.append(c)
            if len(made) == 2:
                made[0]["twin"], made[1]["twin"] = made[1], made[0]
            # a "lookalike": an unrelated child elsewhere with the same name and a near date of birth.
            # A county has ~100,000 children, so such coincidences are commoner than 6,000 people show.
            for c in made:
                pool = [q for q in self.by_surname_sex[(c["family"], c["sex"])] if q["hh"] != hid]
                if pool and not c["twin"] and rng.random() < 0.025:
                    other = rng.choice(pool)
                    c["given"] = other["given"]
                    if rng.random() < 0.15:
                        c["dob"] = other["dob"]
                    else:
                        c["dob"] = other["dob"] + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(1, 200))
                        if not 8 <= age_on(c["dob"]) <= 17:
                            c["dob"] = other["dob"]
                    self.lookalikes.append((c, other))
                    c["lookalike"] = True
                self.by_surname_sex[(c["family"], c["sex"])].append(c)
            children.extend(made)
            i += 1
        # half-sibling (mother + stepfather), younger
        if step and children and min(ages) >= 10 and rng.random() < 0.5:
            age = rng.randint(8, min(ages) - 1) if min(ages) > 8 else 8
            s = rng.choice("MF")
            g = self.given(group, s, False)
            c = self.person(hh, "child", "half_sibling", s, dob_for_age(rng, age), g,
                            self.middle(group, s, g, False), fem(step["family"]) if s == "F" else step["family"], group)
            c["step_child_of"] = step
            children.append(c)
        # "junior": a father and son with the same given name
        if dad and not junior_done:
            sons = [c for c in children if c["sex"] == "M" and c["kind"] == "child" and not c["twin"]
                    and not c.get("lookalike")]
            if sons and rng.random() < 0.05:
                sons[0]["given"] = dad["given"]
                if dad["middles"] and rng.random() < 0.5:
                    sons[0]["middles"] = list(dad["middles"])
        if mum:
            daughters = [c for c in children if c["sex"] == "F" and c["kind"] == "child" and not c["twin"]
                         and not c.get("lookalike")]
            if daughters and rng.random() < 0.01:
                daughters[0]["given"] = mum["given"]
        # another adult in the household (lodger, uncle, mother's friend)
        other = None
        if rng.random() < 0.06:
            s = rng.choice("MF")
            g = self.given(group, s, True)
            fam = child_fam if rng.random() < 0.4 and "-" not in child_fam else self.surname(group)
            other = self.person(hh, "adult", "other_adult", s, dob_for_age(rng, rng.randint(25, 55)), g,
                                self.middle(group, s, g, True), fem(fam) if s == "F" else fam, group)
        # person-level traits
        for p in hh["members"]:
            self.traits(p, hh)
        # children in care, separated parents' addresses
        for c in children:
            if nonres and c["kind"] == "child":
                c["other_parent_addr"] = nonres["addr_hist"][-1]
        hh["roles"] = dict(mum=mum, dad=dad, step=step, nonres=nonres, carer=carer, other=other, children=children)
        return hh

    def traits(self, p, hh):
        rng = self.rng
        g, s = p["given"], p["sex"]
        child = p["role"] == "child"
        # accents that the legal name carries
        if g == "Zoe" and rng.random() < 0.2:
            p["given"] = g = "Zoë"
        elif g == "Chloe" and rng.random() < 0.1:
            p["given"] = g = "Chloë"
        elif g in ("Renee", "Noemi") and rng.random() < 0.5:
            p["given"] = g = {"Renee": "Renée", "Noemi": "Noémi"}[g]
        # Muslim boys: "Muhammad" first, known by the middle (call) name
        if p["group"] == "pakistani_bangladeshi" and s == "M" and rng.random() < (0.35 if child else 0.25):
            call = self.given(p["group"], "M", not child)
            if call not in self.gvar.get("Muhammad", []) + ["Muhammad"]:
                p["middles"] = [call]
                p["given"] = rng.choice(["Muhammad", "Mohammed"])
                p["known_by_middle"] = rng.random() < 0.8
        # Somali: the father's given name as a middle name (patronymic)
        if p["group"] == "somali" and rng.random() < 0.6:
            if child:       # siblings share it: the (resident or not) father's given name
                fathers = [q for q in hh["members"] if q["kind"] in ("father", "nonresident_father")]
                if "patronym" not in hh:
                    hh["patronym"] = fathers[0]["given"] if fathers else self.given("somali", "M", True)
                p["middles"] = [hh["patronym"]]
            else:
                p["middles"] = [self.given("somali", "M", True)]
        # Sikh: Singh / Kaur as a middle name; some systems record it as the family name
        if p["group"] == "indian" and p["family"] in SIKH_SURNAMES:
            p["middles"] = ["Singh" if s == "M" else "Kaur"]
            p["sikh"] = True
        if p["middles"] and not p["known_by_middle"] and rng.random() < 0.025:
            p["known_by_middle"] = True
        # a habitual nickname / known-as name
        cands = self.nick.get(p["given"], [])
        if cands and rng.random() < (0.3 if child else 0.35):
            p["nickname"] = rng.choice(cands)
        # a preferred name that is not a nickname
        if child:
            r = rng.random()
            if p["group"] == "chinese" and r < 0.5:
                p["preferred"] = rng.choice(L.ENGLISH_PREFERRED[s])
            elif p["group"] in ("polish", "romanian", "west_african", "somali") and r < 0.15 \
                    and p["given"] in L.ANGLICISED:
                p["preferred"] = L.ANGLICISED[p["given"]]
            elif r < 0.012:
                q = p["given"]
                while q == p["given"]:
                    q = self.brit_child[s].pick(rng)
                p["preferred"] = q
            elif r < 0.016 and age_on(p["dob"]) >= 12:      # gender-diverse young person
                q = self.brit_child["F" if s == "M" else "M"].pick(rng)
                p["preferred"] = q
        elif p["group"] == "chinese" and rng.random() < 0.4:
            p["preferred"] = rng.choice(L.ENGLISH_PREFERRED[s])

    def build_population(self, n_people):
        rng = self.rng
        included = []
        while len(included) < n_people:
            hh = self.add_household()
            ro = hh["roles"]
            # looked-after children (placement address)
            for p in hh["members"]:
                self.assign_systems(p, ro)
                if p["systems"]:
                    included.append(p)
            # household relations among included members
        included = included[:n_people]
        keep = {id(p) for p in included}
        for hh in self.households:
            hh["members"] = [p for p in hh["members"] if id(p) in keep]
        for i, p in enumerate(included):
            p["pid"] = f"P{i + 1:06d}"
        self.people = included
        # identifiers
        for p in included:
            if p["role"] == "child" or "health" in p["systems"] or "social_care" in p["systems"]:
                p["nhs"] = self.nhs()
            else:
                p["nhs"] = self.nhs()
            if p["role"] == "child":
                p["upn"] = self.upn(p["dob"])
        self.make_relations(keep)

    def assign_systems(self, p, ro):
        rng = self.rng
        age = age_on(p["dob"])
        if p["role"] == "child":
            pr = dict(education=0.82 if age <= 15 else 0.68, health=0.72, social_care=0.42,
                      police=0.12 if age < 10 else (0.25 if age < 14 else 0.40),
                      youth_justice=0.0 if age < 10 else (0.03 if age < 14 else 0.11))
            lac = rng.random() < 0.035
            if lac:
                pr["social_care"] = 1.0
                p["placement"] = self.take_address(out_of_area=rng.random() < 0.3)
        else:
            pr = {"mother": dict(health=0.38, social_care=0.42, police=0.12),
                  "father": dict(health=0.28, social_care=0.25, police=0.18),
                  "nonresident_father": dict(health=0.2, social_care=0.2, police=0.3),
                  "stepfather": dict(health=0.25, social_care=0.28, police=0.22),
                  "kinship_carer": dict(health=0.3, social_care=0.5, police=0.05),
                  "other_adult": dict(health=0.2, social_care=0.15, police=0.3)}[p["kind"]]
        sys_ = [s for s in SYSTEMS if rng.random() < pr.get(s, 0.0)]
        if "youth_justice" in sys_ and "police" not in sys_ and rng.random() < 0.85:
            sys_.append("police")
        if len(sys_) > 4:
            sys_.remove(rng.choice(["education", "health"]))
        p["systems"] = [s for s in SYSTEMS if s in sys_]

    def make_relations(self, keep):
        rel = []

        def add(a, b, r):
            if a and b and id(a) in keep and id(b) in keep and a is not b:
                x, y = sorted([a["pid"], b["pid"]])
                rel.append((x, y, r))

        for hh in self.households:
            ro = hh["roles"]
            kids = ro["children"]
            for i, a in enumerate(kids):
                for b in kids[i + 1:]:
                    add(a, b, "twin" if a.get("twin") is b else "sibling")
            for c in kids:
                if c["kind"] == "half_sibling":
                    add(ro["mum"], c, "parent-child")
                    add(ro["step"], c, "parent-child")
                    continue
                add(ro["mum"], c, "parent-child")
                add(ro["dad"], c, "parent-child")
                add(ro["nonres"], c, "parent-child")
                add(ro["step"], c, "parent-child")      # step-parent
                add(ro["carer"], c, "household")
                add(ro["other"], c, "household")
            add(ro["mum"], ro["dad"], "partner")
            add(ro["mum"], ro["step"], "partner")
            add(ro["mum"], ro["nonres"], "partner")     # former partner
        for a, b in self.lookalikes:
            add(a, b, "lookalike")
            for a in (ro["mum"], ro["dad"], ro["step"], ro["carer"]):
                add(a, ro["other"], "household")
        self.relations = sorted(set(rel))


# --- records -------------------------------------------------------------------------------------
class RecordMaker:
    def __init__(self, world):
        self.w = world
        self.rng = world.rng
        self.ids = {s: set() for s in SYSTEMS}
        self.refs = {}          # (pid, system) -> list of source ids
        self.by_pid = {p["pid"]: p for p in world.people}
        self.hh_members = collections.defaultdict(list)
        for p in world.people:
            self.hh_members[p["hh"]].append(p)

    def new_id(self, system):
        rng = self.rng
        while True:
            if system == "police":
                sid = f"WQP{rng.randint(0, 9999999):07d}"
            elif system == "health":
                sid = f"H{rng.randint(10000000, 99999999)}"
            elif system == "education":
                sid = f"ED{rng.randint(0, 999999):06d}"
            elif system == "social_care":
                sid = f"{rng.randint(100000, 1999999)}"
            else:
                sid = f"YJ{rng.randint(0, 999999):06d}"
            if sid not in self.ids[system]:
                self.ids[system].add(sid)
                return sid

    def plan(self):
        rng = self.rng
        self.slots = []
        for p in self.w.people:
            for s in p["systems"]:
                R = RATES[s]
                n = 1
                if rng.random() < R["dup"]:
                    n = 2 + (1 if rng.random() < R["dup3"] else 0)
                ids = [self.new_id(s) for _ in range(n)]
                self.refs[(p["pid"], s)] = ids
                for k, sid in enumerate(ids):
                    self.slots.append((p, s, sid, k, n))

    def make_all(self):
        self.plan()
        out = collections.defaultdict(list)
        for p, s, sid, k, n in self.slots:
            for _ in range(8):        # an in-system duplicate exists because something differed
                rec, tags = self.make(p, s, sid, k > 0)
                if k == 0 or [t for t in tags if t != "upper_case"]:
                    break
            if n > 1:
                tags.append("in_system_dup")
            out[s].append((rec, p, tags))
        for s in SYSTEMS:
            self.rng.shuffle(out[s])
        return out

    # -- field builders --
    def make(self, p, s, sid, is_dup):
        rng, R, w = self.rng, RATES[self.sysname(s)], self.w
        tags = []
        child = p["role"] == "child"
        given, middles, family = p["given"], list(p["middles"]), p["family"]
        prev_names = list(p["prev_names"])

        # ---- given name: which name the system holds
        if p["preferred"] and rng.random() < R["pref"]:
            given = p["preferred"]
            tags.append("preferred_name")
        elif p["known_by_middle"] and middles and rng.random() < R["kbm"]:
            given, middles = middles[0], [p["given"]] + middles[1:]
            if rng.random() < 0.3:
                middles = middles[1:]
            tags.append("first_middle_swap")
        elif p["nickname"] and rng.random() < R["nick"]:
            given = p["nickname"]
            tags.append("nickname")
        elif rng.random() < R["rand_nick"] and w.nick.get(given):
            given = rng.choice(w.nick[given])
            tags.append("nickname")
        elif given in L.FORMALISED and rng.random() < R["formal"]:
            given = L.FORMALISED[given]
            tags.append("nickname")
        elif middles and rng.random() < R["fms"]:
            given, middles = middles[0], [given] + middles[1:]
            tags.append("first_middle_swap")
        if given in w.gvar and rng.random() < R["phon"]:
            new = rng.choice(w.gvar[given])
            if strip_accents(new) == strip_accents(given):
                tags.append("accent")
            else:
                tags.append("phonetic")
            given = new
        if ("-" in given or " " in given) and rng.random() < R["ghyph"]:
            sep = "-" if "-" in given else " "
            a, b = given.split(sep, 1)
            opt = rng.choice(["space", "first", "join", "middle"] if sep == "-" else ["join", "hyphen", "first", "middle"])
            if opt == "space":
                given = f"{a} {b}"
            elif opt == "hyphen":
                given = f"{a}-{b}"
            elif opt == "join":
                given = a + b.lower()
            elif opt == "first":
                given = a
            else:
                given, middles = a, [b] + middles
            tags.append("given_compound")
        if rng.random() < R["typo_g"]:
            new = typo(rng, given)
            if new != given:
                given = new
                tags.append("typo_given")

        # ---- family name: which surname the system holds
        if p["prev_family"] and p["role"] == "child" and rng.random() < R["stale_sn"]:
            family = p["prev_family"][-1]
            prev_names = []
            tags.append("surname_change")
        elif p["prev_family"] and p["role"] == "adult" and rng.random() < R["stale_sn"] * 0.5:
            family = p["prev_family"][-1]
            prev_names = []
            tags.append("surname_change")
        elif p["known_as_family"] and rng.random() < R["knownas"]:
            family = p["known_as_family"]
            tags.append("surname_change")
            if rng.random() < 0.5:
                prev_names = prev_names + [f"{p['given']} {p['family']}"]
        if p["sikh"] and rng.random() < R["sikh"]:
            family = middles[0] if middles else ("Singh" if p["sex"] == "M" else "Kaur")
            middles = []
            tags.append("sikh_name")
        if "-" in family and rng.random() < R["fhyph"]:
            a, b = family.split("-", 1)
            family = rng.choice([f"{a} {b}", a, b, a + b.lower()])
            tags.append("family_compound")
        if ("'" in family or family.startswith(("Mc", "Mac"))) and rng.random() < R["apos"]:
            family = self.apos_variant(family)
            tags.append("apostrophe_mc")
        if family in w.svar and rng.random() < R["phon"] * 0.7:
            new = rng.choice(w.svar[family])
            tags.append("accent" if strip_accents(new) == strip_accents(family) else "phonetic")
            family = new
        if rng.random() < R["typo_f"]:
            new = typo(rng, family)
            if new != family:
                family = new
                tags.append("typo_family")
        # accents: ASCII-only systems strip them
        if any(ord(ch) > 127 for ch in given + family + " ".join(middles)) and rng.random() < R["accent"]:
            given, family = strip_accents(given), strip_accents(family)
            middles = [strip_accents(m) for m in middles]
            if "accent" not in tags:
                tags.append("accent")

        # ---- middle names present?
        if middles and rng.random() >= R["middle_keep"]:
            middles = []
            if R["middle_keep"] > 0:
                tags.append("missing_middle")
        if s == "youth_justice":
            middles = []
        # ---- previous names
        if not (prev_names and rng.random() < R["prev_keep"]):
            prev_names = []
        if R["alias"] and p["nickname"] and rng.random() < R["alias"] * 0.3:
            prev_names.append(f"{p['nickname']} {p['family']}")
        # ---- given and family swapped
        swap_rate = R["swap"] * (15 if p["group"] == "chinese" else 1)
        if rng.random() < swap_rate:
            given, family = family, given
            tags.append("name_swap")
        if R["quoted_nick"] and p["nickname"] and "nickname" not in tags and rng.random() < R["quoted_nick"]:
            given = f'{given} "{p["nickname"]}"'
            tags.append("nickname_in_quotes")

        # ---- date of birth
        dob = p["dob"]
        dob_out = dob
        r = rng.random
        miss = R["dob_missing"] if child else max(R["dob_missing"], R["dob_missing_adult"])
        if r() < miss:
            dob_out = None
            tags.append("dob_missing")
        elif r() < R["dob_ph"]:
            y = dob.year if r() < 0.7 else REF.year - age_on(dob)
            dob_out = dt.date(y, 1, 1)
            tags.append("dob_placeholder")
        elif dob.day <= 12 and dob.day != dob.month and r() < R["dob_dm"]:
            dob_out = dt.date(dob.year, dob.day, dob.month)
            tags.append("dob_daymonth_swap")
        elif r() < R["dob_digit"]:
            dob_out = self.dob_digit(dob)
            tags.append("dob_digit")
        elif r() < R["dob_year"]:
            y = dob.year + rng.choice([-1, 1])
            try:
                dob_out = dob.replace(year=y)
            except ValueError:
                dob_out = dob.replace(year=y, day=28)
            tags.append("dob_year")
        dob_s = self.fmt_date(dob_out, R["date_fmt"])

        # ---- sex
        sex = p["sex"]
        if r() < R["sex_missing"]:
            sex = rng.choice(["", "U"])
            tags.append("sex_missing")
        elif r() < R["sex_wrong"]:
            sex = "F" if sex == "M" else "M"
            tags.append("sex_wrong")

        # ---- address
        addr = p["addr_hist"][-1]
        if p["placement"] and r() < R["placement"]:
            addr = p["placement"]
            tags.append("placement_address")
        elif len(p["addr_hist"]) > 1 and r() < R["stale_addr"]:
            addr = p["addr_hist"][-2] if len(p["addr_hist"]) == 2 or r() < 0.7 else p["addr_hist"][-3]
            tags.append("moved")
        elif p["other_parent_addr"] and r() < R["otherparent"]:
            addr = p["other_parent_addr"]
            tags.append("other_parent_address")
        elif r() < R["other_addr"]:
            addr = w.any_address()
            tags.append("other_address")
        lines, town, uprn = "", "", ""
        postcode = addr["postcode"]
        if R["has_address"]:
            if r() < R["addr_missing"]:
                tags.append("missing_address")
                postcode = ""
            else:
                parts, fmt = self.addr_lines(addr, R["addr_fmt"])
                town = addr["town"]
                if fmt == "town_in_lines":
                    parts.append(town)
                    town = ""
                if fmt:
                    tags.append("address_format")
                if town and r() < R["town_missing"]:
                    town = ""
                lines = "|".join(parts)
                if r() < R["uprn_have"]:
                    uprn = addr["uprn"]
                    if r() < R["uprn_wrong"]:
                        uprn = w.rng.choice(w.addresses[addr["outward"]])["uprn"]
                        if uprn != addr["uprn"]:
                            tags.append("uprn_wrong")
        if postcode:
            if r() < R["pc_missing"]:
                postcode = ""
                tags.append("missing_postcode")
            else:
                if r() < R["pc_slip"]:
                    postcode = self.pc_slip(postcode)
                    tags.append("postcode_slip")
                if r() < R["pc_fmt"]:
                    postcode = rng.choice([postcode.replace(" ", ""), postcode.lower(),
                                           postcode.replace(" ", "  "), postcode.lower().replace(" ", "")])
                    tags.append("postcode_format")

        # ---- NHS number
        nhs = ""
        have = R["nhs_have_child"] if child else R["nhs_have_adult"]
        if r() < have:
            nhs = p["nhs"]
            if r() < R["nhs_other"]:
                others = [q for q in self.hh_members[p["hh"]] if q is not p and q["nhs"]]
                if others:
                    nhs = rng.choice(others)["nhs"]
                    tags.append("nhs_other_person")
            elif r() < R["nhs_typo"]:
                nhs = self.nhs_typo(nhs)
                tags.append("nhs_typo")
        elif s == "health":
            tags.append("missing_nhs")
        if nhs:
            if s == "social_care" and r() < 0.7:
                nhs = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
            elif s == "police" and r() < 0.5:
                nhs = f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"
        # ---- UPN
        upn = ""
        if child and p["upn"] and r() < R["upn_have"]:
            upn = p["upn"]
            if s == "education" and is_dup and r() < 0.5:
                upn = w.temp_upn(upn)
                tags.append("temp_upn")
            elif r() < R["upn_typo"]:
                upn = self.upn_typo(upn)
                tags.append("upn_typo")
        elif s == "education" and child:
            tags.append("missing_upn")

        # ---- other ids (own reference and cross-references)
        other = []
        if s == "police":
            other.append(f"police:{sid}")
        if s == "social_care":
            other.append(f"lcs:{sid}")
        for target, key, prefix in (("police", "xref_police", "police"), ("social_care", "xref_lcs", "lcs")):
            if target != s and (p["pid"], target) in self.refs and r() < R[key]:
                ref = rng.choice(self.refs[(p["pid"], target)])
                if r() < R["xref_wrong"]:
                    sibs = [q for q in self.hh_members[p["hh"]] if q is not p and (q["pid"], target) in self.refs]
                    if sibs:
                        ref = self.refs[(rng.choice(sibs)["pid"], target)][0]
                        tags.append("xref_wrong")
                other.append(f"{prefix}:{ref}")

        # ---- presentation: case, whitespace, Unicode form
        if R["upper"] and r() < R["upper"]:
            given, family = given.upper(), family.upper()
            middles = [m.upper() for m in middles]
            prev_names = [x.upper() for x in prev_names]
            lines, town = lines.upper(), town.upper()
            tags.append("upper_case")
        elif R["fam_upper"] and r() < R["fam_upper"]:
            family = family.upper()
        if r() < R["ws"]:
            which = rng.choice(["given", "family", "both"])
            pad = rng.choice([" ", "  ", "\t"]) if r() < 0.1 else rng.choice([" ", "  "])
            if which in ("given", "both"):
                given = given + pad
            if which in ("family", "both"):
                family = (" " + family) if r() < 0.3 else family + pad
            tags.append("whitespace")
        if R["nfd"] and any(ord(ch) > 127 for ch in given + family) and r() < R["nfd"]:
            given = unicodedata.normalize("NFD", given)
            family = unicodedata.normalize("NFD", family)
            tags.append("unicode_nfd")

        rec = dict(source_id=sid, given_name=given, middle_names=" ".join(middles), family_name=family,
                   previous_names="|".join(prev_names), date_of_birth=dob_s, sex=sex, postcode=postcode,
                   nhs_number=nhs, upn=upn, other_ids=";".join(other), address_lines=lines, town=town, uprn=uprn)
        return rec, tags

    @staticmethod
    def sysname(s):
        return s

    def apos_variant(self, f):
        rng = self.rng
        if "'" in f:
            a, b = f.split("'", 1)
            return rng.choice([a + b, f"{a} {b}", f"{a}\u2019{b}", a + b.lower(), f"{a}'{b.lower()}"])
        if f.startswith("Mc"):
            rest = f[2:]
            return rng.choice([f"Mc{rest.lower()}", f"Mc {rest}", f"Mac{rest}"])
        rest = f[3:]
        return rng.choice([f"Mc{rest}", f"Mac {rest}", f"Mac{rest.lower()}" if rest[:1].isupper() else f"Mac{rest.title()}"])

    def dob_digit(self, dob):
        rng = self.rng
        s = dob.strftime("%Y%m%d")
        for _ in range(50):
            i = rng.choice([2, 3, 4, 5, 6, 7])      # decade/year, month, day digits
            d = str(rng.randint(0, 9))
            if d == s[i]:
                continue
            t = s[:i] + d + s[i + 1:]
            try:
                nd = dt.date(int(t[:4]), int(t[4:6]), int(t[6:]))
            except ValueError:
                continue
            if nd != dob and nd <= REF:
                return nd
        return dob.replace(year=dob.year - 1)

    @staticmethod
    def fmt_date(d, fmt):
        if d is None:
            return ""
        if fmt == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if fmt == "ymd":
            return f"{d.year}{d.month:02d}{d.day:02d}"
        if fmt == "dmon":
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        return d.isoformat()

    def addr_lines(self, a, p_fmt):
        rng = self.rng
        fmt = ""
        street = a["street"]
        if a["building"]:
            parts = [a["flat"], a["building"], street]
        elif a["flat"]:
            parts = [a["flat"], f"{a['number']} {street}"]
        elif a["house_name"]:
            parts = [a["house_name"], street]
        else:
            parts = [f"{a['number']} {street}"]
        if a["locality"]:
            parts.append(a["locality"])
        if rng.random() < p_fmt:
            opts = ["abbrev", "comma", "town_in_lines"]
            if a["flat"]:
                opts += ["flat_join", "flat_join", "flat_number"]
            if a["locality"]:
                opts.append("drop_locality")
            fmt = rng.choice(opts)
            if fmt == "abbrev":
                ab = L.ABBREV.get(a["stype"])
                parts = [x[: -len(a["stype"])] + ab if ab and x.endswith(" " + a["stype"]) else x for x in parts]
            elif fmt == "comma":
                if a["number"] and not a["flat"]:
                    parts[0] = parts[0].replace(" ", ", ", 1)
                else:
                    parts = [", ".join(parts[:2])] + parts[2:]
            elif fmt == "flat_join":
                parts = [f"{parts[0]}, {parts[1]}"] + parts[2:]
            elif fmt == "flat_number":
                num = a["flat"].split()[-1]
                parts = [f"{num} {parts[1]}" if a["building"] else f"{num}/{parts[1]}"] + parts[2:]
            elif fmt == "drop_locality":
                parts = parts[:-1]
        return parts, fmt

    def pc_slip(self, pc):
        rng = self.rng
        out, inw = pc.split(" ")
        kind = rng.choice(["letter", "letter", "swap", "digit"])
        if kind == "letter":
            i = rng.choice([1, 2])
            inw = inw[:i] + rng.choice([c for c in INWARD_LETTERS if c != inw[i]]) + inw[i + 1:]
        elif kind == "swap" and inw[1] != inw[2]:
            inw = inw[0] + inw[2] + inw[1]
        else:
            inw = str((int(inw[0]) + rng.choice([-1, 1])) % 10) + inw[1:]
        return f"{out} {inw}"

    def nhs_typo(self, n):
        rng = self.rng
        for _ in range(50):
            if rng.random() < 0.6:
                i = rng.randint(0, 9)
                t = n[:i] + str((int(n[i]) + rng.randint(1, 9)) % 10) + n[i + 1:]
            else:
                i = rng.randint(0, 8)
                t = n[:i] + n[i + 1] + n[i] + n[i + 2:]
            if t != n and not nhs_valid(t):
                return t
        return n[:9] + str((int(n[9]) + 1) % 10)

    def upn_typo(self, u):
        rng = self.rng
        for _ in range(50):
            i = rng.randint(1, 11)
            t = u[:i] + str((int(u[i]) + rng.randint(1, 9)) % 10) + u[i + 1:]
            if not upn_valid(t):
                return t
        return u


# --- output --------------------------------------------------------------------------------------
def write_outputs(world, out, outdir, max_rows):
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):          # remove stale system files from an earlier run
        if fn.endswith(".csv") and fn.split("-")[0].split(".")[0] in SYSTEMS:
            os.remove(os.path.join(outdir, fn))
    files = {}
    for s in SYSTEMS:
        rows = out[s]
        chunks = [rows[i:i + max_rows] for i in range(0, len(rows), max_rows)] or [[]]
        for ci, chunk in enumerate(chunks):
            name = f"{s}.csv" if len(chunks) == 1 else f"{s}-{ci + 1}.csv"
            with open(os.path.join(outdir, name), "w", newline="", encoding="utf-8") as f:
                wr = csv.DictWriter(f, fieldnames=HEADER)
                wr.writeheader()
                for rec, _, _ in chunk:
                    wr.writerow(rec)
            files[name] = len(chunk)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["system", "source_id", "person_id", "role", "errors"])
        for s in SYSTEMS:
            for rec, p, tags in sorted(out[s], key=lambda x: x[0]["source_id"]):
                wr.writerow([s, rec["source_id"], p["pid"], p["role"], ";".join(tags)])
    with open(os.path.join(outdir, "relations.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["person_id_a", "person_id_b", "relation"])
        wr.writerows(world.relations)
    return files


def stats(world, out, files):
    lines = []
    total = sum(len(v) for v in out.values())
    adults = sum(1 for v in out.values() for _, p, _ in v if p["role"] == "adult")
    per_person = collections.Counter()
    for s in SYSTEMS:
        for _, p, _ in out[s]:
            per_person[p["pid"]] += 1
    true_pairs = sum(n * (n - 1) // 2 for n in per_person.values())
    within = 0
    for s in SYSTEMS:
        c = collections.Counter(p["pid"] for _, p, _ in out[s])
        within += sum(n * (n - 1) // 2 for n in c.values())
    nsys = collections.Counter(len(p["systems"]) for p in world.people)
    homes = collections.Counter()
    for h in world.households:
        if h["members"]:
            homes[h["addr_hist"][-1]["uprn"]] += 1
    lines.append(f"people: {len(world.people)} ({sum(1 for p in world.people if p['role'] == 'child')} children, "
                 f"{sum(1 for p in world.people if p['role'] == 'adult')} adults); households: "
                 f"{sum(1 for h in world.households if h['members'])}")
    lines.append(f"records: {total} ({adults} adult records = {adults / total:.1%}); true pairs: {true_pairs} "
                 f"({within} of them within one system)")
    lines.append(f"households sharing a current address with another household: "
                 f"{sum(n for n in homes.values() if n > 1)}")
    lines.append("people by number of systems: " + ", ".join(f"{k}: {nsys[k]}" for k in sorted(nsys)))
    rc = collections.Counter(r for _, _, r in world.relations)
    lines.append("relations: " + ", ".join(f"{k}: {v}" for k, v in sorted(rc.items())))
    lines.append("files: " + ", ".join(f"{k} ({v} rows)" for k, v in files.items()))
    lines.append("")
    alltags = sorted({t for v in out.values() for _, _, ts in v for t in ts})
    lines.append("| tag | " + " | ".join(SYSTEMS) + " | all |")
    lines.append("|---|" + "---:|" * (len(SYSTEMS) + 1))
    clean = {s: sum(1 for _, _, ts in out[s] if not [t for t in ts if t != "upper_case"]) for s in SYSTEMS}
    lines.append("| (records) | " + " | ".join(str(len(out[s])) for s in SYSTEMS) + f" | {total} |")
    lines.append("| no tag except upper_case | " + " | ".join(f"{clean[s] / max(1, len(out[s])):.1%}" for s in SYSTEMS)
                 + f" | {sum(clean.values()) / total:.1%} |")
    benign = {"upper_case", "address_format", "missing_middle", "whitespace", "postcode_format", "unicode_nfd",
              "in_system_dup"}
    clean2 = {s: sum(1 for _, _, ts in out[s] if not set(ts) - benign) for s in SYSTEMS}
    lines.append("| no identity-changing tag (ignoring " + ", ".join(sorted(benign)) + ") | "
                 + " | ".join(f"{clean2[s] / max(1, len(out[s])):.1%}" for s in SYSTEMS)
                 + f" | {sum(clean2.values()) / total:.1%} |")
    for t in alltags:
        cells = []
        tot = 0
        for s in SYSTEMS:
            n = sum(1 for _, _, ts in out[s] if t in ts)
            tot += n
            cells.append(f"{n / max(1, len(out[s])):.1%}" if n else "-")
        lines.append(f"| {t} | " + " | ".join(cells) + f" | {tot / total:.2%} |")
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--people", type=int, default=6000)
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--max-rows", type=int, default=9000, help="data rows per CSV before splitting")
    ap.add_argument(
        "--names-dir",
        default=os.path.join(
            os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "resources", "names"
        ),
    )
    ap.add_argument("--nhs-range", choices=["test", "realistic"], default="test",
                    help="'test': 999xxxxxxx numbers (reserved for testing, never issued); "
                         "'realistic': 4/6/7-prefixed numbers shaped like issued ones")
    a = ap.parse_args(argv)
    world = World(a.seed, a.names_dir, a.nhs_range, a.people)
    world.build_population(a.people)
    maker = RecordMaker(world)
    out = maker.make_all()
    files = write_outputs(world, out, a.out, a.max_rows)
    st = stats(world, out, files)
    with open(os.path.join(a.out, "stats.md"), "w", encoding="utf-8") as f:
        f.write(f"# ukset statistics (seed {a.seed}, people {a.people})\n\n" + st)
    print(st.split("\n\n")[0])
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
