#!/usr/bin/env python3
"""Derive extra attribution cues from the PolNeAR training split (never dev or test).

  python3 tools/mine_cues.py ../shared/data/polnear/polnear_train.jsonl > pressroom-core/src/main/resources/io/pressroom/quote/cues-mined.txt

For every surface form that annotators marked as a cue (lower case, one to three words, letters only),
count how often it is a cue and how often it occurs in the texts at all. Forms that are cues in at least
30% of their occurrences (at least 4 times) are kept, as strong cues; a form below the optional second
threshold is written weak ('~': it then needs "that", a quotation or a colon after it). Tuned on train
(session 9): keeping from 35% with weak forms below 60% gave train overlap F1 0.698; all kept forms
strong 0.706 at 25%, 30% and 35% alike, with exact content best at 30% (0.457).
Only these word forms and counts leave the corpus: no text.

  python3 tools/mine_cues.py TRAIN [KEEP [STRONG]]    (defaults 0.3 0.3)"""
import json
import re
import sys
from collections import Counter

# An auxiliary, a modal or an adverb before the verb is not part of the cue: the cue of "has said" is "said",
# as in the samples' gold (PolNeAR's cue spans take them in; its cue accuracy then counts ours as different).
LEADING = re.compile(r"(has|have|had|is|are|was|were|be|been|would|will|could|should|can|may|might|did|does|do|"
                     r"also|then|not|to) ")

# Times belong to the date said, not to the cue ("said Friday" is the cue "said").
TIME = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
                  r"morning|evening|night|week|month|year)\b")


def main(path, keep=0.3, strong=0.3):
    arts = [json.loads(l) for l in open(path, encoding="utf-8")]
    as_cue = Counter()
    for a in arts:
        for q in a["quotes"]:
            c = (q.get("cue") or "").strip().lower()
            if re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", c) and not TIME.search(c) and not LEADING.match(c):
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
        if share < keep:
            continue
        print(("" if share >= strong else "~") + "=" + c + "\t" + f"{as_cue[c]}/{occurs[c]}")

if __name__ == "__main__":
    main(sys.argv[1], *(float(x) for x in sys.argv[2:4]))
