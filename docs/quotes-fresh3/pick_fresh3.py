# Picks the candidate articles of quotes-fresh3 (docs/EVALUATION.md, issue 17): run with python3 from the repository.
# A third fresh set, drawn like quotes-fresh2 (docs/quotes-fresh2/pick_fresh2.py) but from days no other set took:
# saudinewsnet collected 2015-08-01 .. 08-04 (quotes-fresh/fresh2 took 07-21 .. 07-31; the story day of quotes-dev,
# 2015-08-09, is five days later and the corpus ends there) and ant-multisource Middle East / international news of 2018-02-01 .. 03-05 (fresh took
# June-October, fresh2 April-May; the story days are 2018-03-12/13). Bodies of 800-1,600 characters. Any article
# whose key is in quotes-fresh/fresh2, or sharing its title or first 80 characters with a quotes-dev text, is dropped.
# Writes cands3.jsonl (or the path given), alternating between the two corpora, 40 candidates.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'quotes-picking'))
from quote_candidates import draw, quotes_dev_seen, shipped_labels  # noqa: E402

seen_titles, seen_heads = quotes_dev_seen()
taken = set()
for name in ('quotes-fresh', 'quotes-fresh2'):
    for r in shipped_labels(name):
        taken.add(r['key'])
        seen_titles.add(r['title'].strip())


def new(key, title, text):
    return key not in taken and title.strip() not in seen_titles and text[:80] not in seen_heads


draw(min_len=800, max_len=1600, snn_day=lambda day: '2015-08-01' <= day <= '2015-08-04',
     ant_day_ok=lambda day: '2018-02-01' <= day <= '2018-03-05', seed=1703, out_default='cands3.jsonl', new=new)
