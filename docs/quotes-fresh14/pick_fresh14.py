# Picks the candidate articles of quotes-fresh14 (docs/EVALUATION.md, issue 17): run with python3 from the repository.
# A fourteenth fresh set, a *tuning* set (read for rules): drawn with the one drawing of
# docs/quotes-picking/quote_candidates.py from the days quotes-fresh4 .. fresh13 drew from (every other day of the two
# corpora is taken or close to a story day): saudinewsnet collected before 2015-08-01 and ant-multisource Middle East /
# international news of 2018-06-01 .. 10-31, bodies of 800-1,500 characters. Dropped: any key of quotes-fresh .. fresh12,
# any title of those sets, of quotes-dev or of a story-day article, any opening (first 80 characters) of a quotes-dev
# text. A new seed (14141), 15 candidates of each corpus. Writes cands14.jsonl (or the path given), alternating between
# the two corpora, 30 candidates.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'quotes-picking'))
from quote_candidates import draw, not_seen_in  # noqa: E402

# Run from elsewhere (e.g. a scratch folder), the shipped labels are read from the repository root, the output stays here.
_here = os.getcwd()
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
new = not_seen_in(('quotes-fresh', 'quotes-fresh2', 'quotes-fresh3', 'quotes-fresh4', 'quotes-fresh5', 'quotes-fresh6',
                   'quotes-fresh7', 'quotes-fresh8', 'quotes-fresh9', 'quotes-fresh10', 'quotes-fresh11', 'quotes-fresh12',
                   'quotes-fresh13'))
os.chdir(_here)
draw(min_len=800, max_len=1500, snn_day=lambda day: day < '2015-08-01',
     ant_day_ok=lambda day: '2018-06-01' <= day <= '2018-10-31', seed=14141, out_default='cands14.jsonl', new=new,
     pairs=15)
