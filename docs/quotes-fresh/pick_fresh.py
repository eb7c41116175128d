# Picks the candidate articles of quotes-fresh (docs/EVALUATION.md, issue 17): run with python3 from any folder.
# Prints the counts of eligible articles; writes cands.jsonl (or the path given as argument) (20 of each corpus, alternating; the first 30 labelled).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'quotes-picking'))
from quote_candidates import draw  # noqa: E402

draw(min_len=900, max_len=2400,
     snn_day=lambda day: day < '2015-08-01',  # far from the story day 2015-08-09
     ant_day_ok=lambda day: '2018-06-01' <= day <= '2018-10-31',  # far from the story days of March
     seed=1717, out_default='cands.jsonl', names=('snn', 'ant'), sort_first=False)
