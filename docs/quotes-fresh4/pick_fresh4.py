# Picks the candidate articles of quotes-fresh4 (docs/EVALUATION.md, issue 17): run with python3 from the repository.
# A fourth fresh set, drawn with the one drawing of docs/quotes-picking/quote_candidates.py. Every day of the two
# corpora away from the story days is taken by an earlier set, so this one draws again from days already drawn from
# and leaves out every article an earlier set holds: saudinewsnet collected 2015-07-21 .. 07-31 (as quotes-fresh and
# fresh2; 08-01 .. 08-04 went to fresh3, 08-06 .. 08-08 are kept away as too close to the story day 2015-08-09) and
# ant-multisource Middle East / international news of 2018-06-01 .. 10-31 (as quotes-fresh; the story days are
# 2018-03-12/13). Bodies of 800-1,500 characters. Dropped: any key of quotes-fresh/fresh2/fresh3, any title of those
# sets, of quotes-dev or of a story-day article, any opening (first 80 characters) of a quotes-dev text.
# Writes cands4.jsonl (or the path given), alternating between the two corpora, 40 candidates.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'quotes-picking'))
from quote_candidates import draw, not_seen_in  # noqa: E402

new = not_seen_in(('quotes-fresh', 'quotes-fresh2', 'quotes-fresh3'))
draw(min_len=800, max_len=1500, snn_day=lambda day: day < '2015-08-01',
     ant_day_ok=lambda day: '2018-06-01' <= day <= '2018-10-31', seed=4417, out_default='cands4.jsonl', new=new)
