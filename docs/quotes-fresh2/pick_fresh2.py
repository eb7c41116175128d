# Picks the candidate articles of quotes-fresh2 (docs/EVALUATION.md, issue 17): run with python3 from the repository.
# A second fresh development set, drawn like quotes-fresh (docs/quotes-fresh/pick_fresh.py) but from other days:
# saudinewsnet collected 2015-07-21 .. 07-31 (the days quotes-fresh took, its articles left out: the corpus starts on
# 07-21, and the later days come close to the story day 2015-08-09) and ant-multisource Middle East / international news of 2018-04-01 ..
# 05-31 (quotes-fresh took June-October 2018; the story days of quotes-dev are 2015-08-09 and
# 2018-03-12/13; ant-multisource keeps 2018-05-08/09 aside, so they are not in its file). Bodies of 800-1,800
# characters, so that 30 articles can be labelled in one sitting. Any article sharing its title or its first 80
# characters with a quotes-dev or quotes-fresh text is dropped. Writes cands2.jsonl (or the path given), alternating.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'quotes-picking'))
from quote_candidates import draw, quotes_dev_seen, shipped_labels  # noqa: E402

seen_titles, seen_heads = quotes_dev_seen()
fresh_keys = {r['key'] for r in shipped_labels('quotes-fresh')}


def new(key, title, text):
    return key not in fresh_keys and title.strip() not in seen_titles and text[:80] not in seen_heads


draw(min_len=800, max_len=1800, snn_day=lambda day: day < '2015-08-01',
     ant_day_ok=lambda day: '2018-04-01' <= day <= '2018-05-31', seed=2612, out_default='cands2.jsonl', new=new)
