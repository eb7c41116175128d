# The one drawing of candidate articles for the fresh quotation sets (quotes-fresh, quotes-fresh2, quotes-fresh3;
# docs/EVALUATION.md, issue 17). Each set's pick script names its days, body lengths, seed and what it leaves out,
# and calls draw(); the drawing itself (eligibility, corpus reading, order, shuffle, alternation) is here once.
# A candidate is eligible when its body has the wanted length, a speech verb and at least two quotation marks.
import gzip, json, os, random, re, sys
from email.utils import parsedate_to_datetime

DATA = os.environ.get('MARSAD_DATA', '../shared/data') + '/'
SPEECH = re.compile(r'(^|\s)و?(قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|أعلن|أعلنت)(\s)')
MARK = re.compile(r'["“”«»]')
FIELDS = ('corpus', 'key', 'day', 'outlet', 'title', 'text')


def ant_day(time):
    try:
        return parsedate_to_datetime(time).date().isoformat()
    except Exception:
        return time[:10]


def draw(*, min_len, max_len, snn_day, ant_day_ok, seed, out_default, new=lambda key, title, text: True,
         names=('saudinewsnet', 'ant-multisource'), sort_first=True, pairs=20):
    """Writes `pairs` candidates of each corpus, alternating, to argv[1] or out_default; prints the counts."""
    def ok(text):
        return min_len <= len(text) <= max_len and SPEECH.search(text) and len(MARK.findall(text)) >= 2
    snn = []
    with gzip.open(DATA + 'saudinewsnet/articles.jsonl.gz', 'rt') as f:
        for line in f:
            r = json.loads(line)
            day = r['date_extracted'][:10]
            if snn_day(day) and ok(r['content']) and new(r['url'], r['title'], r['content']):
                snn.append((names[0], r['url'], day, r['source'], r['title'], r['content']))
    ant = []
    with gzip.open(DATA + 'ant-multisource/articles.jsonl.gz', 'rt') as f:
        for line in f:
            r = json.loads(line)
            if r['cat'] not in ('middleEast', 'internationalNews'):
                continue
            day = ant_day(r['time'])
            if ant_day_ok(day) and ok(r['text']) and new(r['docno'], r['title'], r['text']):
                ant.append((names[1], r['docno'], day, r['src'], r['title'], r['text']))
    print(len(snn), len(ant), file=sys.stderr)
    if sort_first:
        snn.sort(key=lambda c: c[1])
        ant.sort(key=lambda c: c[1])
    rng = random.Random(seed)
    rng.shuffle(snn)
    rng.shuffle(ant)
    with open(sys.argv[1] if len(sys.argv) > 1 else out_default, 'w') as out:
        for i in range(pairs):
            for c in (snn[i], ant[i]):
                out.write(json.dumps(dict(zip(FIELDS, c)), ensure_ascii=False) + '\n')


def quotes_dev_seen():
    """The titles and first 80 characters of the quotes-dev texts."""
    titles, heads = set(), set()
    with open(DATA + 'quotes-dev/texts.jsonl') as f:
        for line in f:
            r = json.loads(line)
            titles.add(r['title'].strip())
            heads.add(r['text'][:80])
    return titles, heads


def shipped_labels(name):
    """The gold rows of a shipped fresh set (run from the repository)."""
    with open('marsad-eval/src/main/resources/dev/marsad/eval/' + name + '/gold.jsonl') as f:
        return [json.loads(l) for l in f if l.strip()]


def not_seen_in(sets):
    """The `new` test of a later set's drawing: an article is new when no set of `sets` (shipped labels) holds its key or
    its title, no quotes-dev text opens as it does or has its title, and no story-day article has its title."""
    seen_titles, seen_heads = quotes_dev_seen()
    taken = set()
    for name in sets:
        for r in shipped_labels(name):
            taken.add(r['key'])
            seen_titles.add(r['title'].strip())
    for day in ('pan-arab-2018-03-12', 'saudi-2015-08-09'):
        with open(DATA + 'story-days/' + day + '/index.jsonl') as f:
            for line in f:
                seen_titles.add(json.loads(line)['title'].strip())
    return lambda key, title, text: key not in taken and title.strip() not in seen_titles and text[:80] not in seen_heads

