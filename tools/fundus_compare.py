#!/usr/bin/env python3
"""Compare `pressroom extract` output with fundus' expected output for the English-language pages.

Usage:
  ./pressroom extract ../shared/data/html/fundus --all-pages --no-enrich --out /tmp/fundus-x
  python3 tools/fundus_compare.py ../shared/data/html/fundus /tmp/fundus-x

Pages are English when the extracted `language` starts with "en" (the page's own declaration).
Each publisher's <Publisher>.json holds one expected record per page, keyed by parser version; a page
is paired with the record whose title shares the most words with the extracted headline
(fundus keys records by version, not by file). Reports title exact match, author-set match, publication
day and minute match, and body bag-of-words F1 (WCXB's metric) against fundus' paragraphs.
"""
import ast
import json
from datetime import datetime
import re
import sys
from collections import Counter
from pathlib import Path


def words(t):
    return re.findall(r"\w+", (t or "").lower())


def f1(pred, ref):
    p, r = Counter(words(pred)), Counter(words(ref))
    ov = sum((p & r).values())
    if not ov:
        return 0.0
    P, R = ov / sum(p.values()), ov / sum(r.values())
    return 2 * P * R / (P + R)


def lit(v):
    if isinstance(v, str):
        try:
            return ast.literal_eval(v)
        except Exception:
            return v
    return v


def body_text(b):
    b = lit(b)
    if not isinstance(b, dict):
        return str(b or "")
    out = list(b.get("summary") or [])
    for s in b.get("sections") or []:
        out += list(s.get("headline") or []) + list(s.get("paragraphs") or [])
    return "\n".join(out)


def same_minute(got, expected):
    """The same instant to the minute when both carry an offset (2021-12-19T03:05Z = 2021-12-18T19:05-08:00),
    else the same wall-clock minute and both without an offset."""
    def parse(v):
        try:
            return datetime.fromisoformat(v.replace("Z", "+00:00").replace(" ", "T"))
        except ValueError:
            return None
    a, b = parse(got), parse(expected)
    if a is None or b is None or len(got) < 16:
        return False
    if (a.tzinfo is None) != (b.tzinfo is None):
        return False
    if a.tzinfo is None:
        return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
    return int(a.timestamp()) // 60 == int(b.timestamp()) // 60


def norm(t):
    t = (t or "").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", t).strip().lower()


def main(fundus, pred):
    fundus, pred = Path(fundus), Path(pred)
    n = 0
    title = authors = day = minute = 0
    dated = 0
    bodies = []
    for meta in sorted(fundus.glob("*/*.json")):
        expected = json.loads(meta.read_text(encoding="utf8"))
        records = [dict(v, version=k) for k, v in expected.items() if isinstance(v, dict)]
        for page in sorted(meta.parent.glob(meta.stem + "_*.html.gz")):
            out = pred / (page.name[: -len(".html.gz")] + ".json")
            if not out.exists():
                continue
            a = json.loads(out.read_text(encoding="utf8"))
            if not (a.get("language") or "").lower().startswith("en"):
                continue
            best = max(records, key=lambda r: len(set(words(r.get("title"))) & set(words(a.get("headline")))) , default=None)
            if best is None:
                continue
            n += 1
            title += norm(a.get("headline")) == norm(best.get("title"))
            exp_auth = {norm(x) for x in (lit(best.get("authors")) or [])}
            authors += {norm(x) for x in a.get("authors") or []} == exp_auth
            exp_date = str(best.get("publishing_date") or "")
            if exp_date:
                dated += 1
                got = (a.get("published") or "")
                day += got[:10] == exp_date[:10]
                minute += same_minute(got, exp_date)
            bodies.append(f1(a.get("body"), body_text(best.get("body"))))
    if not n:
        sys.exit("no English pages found; run pressroom extract first (see the usage)")
    print(f"English pages compared: {n}")
    print(f"title exact      {title / n:.3f}")
    print(f"authors (set)    {authors / n:.3f}")
    print(f"date, same day   {day / max(dated, 1):.3f} ({dated} with an expected date)")
    print(f"date, same instant to the minute {minute / max(dated, 1):.3f}")
    print(f"body word F1     {sum(bodies) / len(bodies):.3f} (macro)")


if __name__ == "__main__":
    main(*sys.argv[1:3])
