#!/usr/bin/env python3
"""Derive extra attribution cues from the PolNeAR training split (never dev or test).

  python3 tools/mine_cues.py ../shared/data/polnear/polnear_train.jsonl > pressroom-core/src/main/resources/io/pressroom/quote/cues-mined.txt

For every surface form that annotators marked as a cue (lower case, one to three words, letters only),
count how often it is a cue and how often it occurs in the texts at all. Forms that are cues in at least
35% of their occurrences (at least 4 times) are kept: strong from 60%, weak ('~', needs "that", a
quotation or a colon after it) below. Only these word forms and counts leave the corpus: no text."""
import json
import re
import sys
from collections import Counter

# Times belong to the date said, not to the cue ("said Friday" is the cue "said").
TIME = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
                  r"morning|evening|night|week|month|year)\b")


def main(path):
    arts = [json.loads(l) for l in open(path, encoding="utf-8")]
    as_cue = Counter()
    for a in arts:
        for q in a["quotes"]:
            c = (q.get("cue") or "").strip().lower()
            if re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", c) and not TIME.search(c):
                as_cue[c] += 1
    occurs = Counter()
    forms = [c for c, n in as_cue.items() if n >= 4]
    pats = {c: re.compile(r"\b" + re.escape(c) + r"\b") for c in forms}
    for a in arts:
        t = a["text"].lower()
        for c, p in pats.items():
            occurs[c] += len(p.findall(t))
    print("# Mined from PolNeAR train by tools/mine_cues.py: form, times a cue / times in text. Do not edit by hand.")
    for c in sorted(forms):
        share = as_cue[c] / max(1, occurs[c])
        if share < 0.35:
            continue
        print(("" if share >= 0.6 else "~") + "=" + c + "\t" + f"{as_cue[c]}/{occurs[c]}")

if __name__ == "__main__":
    main(sys.argv[1])
