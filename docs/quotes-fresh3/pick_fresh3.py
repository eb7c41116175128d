# Picks the candidate articles of quotes-fresh3 (docs/EVALUATION.md, issue 17): run with python3 from the repository.
# A third fresh set, drawn like quotes-fresh2 (docs/quotes-fresh2/pick_fresh2.py) but from days no other set took:
# saudinewsnet collected 2015-08-01 .. 08-04 (quotes-fresh/fresh2 took 07-21 .. 07-31; the story day of quotes-dev,
# 2015-08-09, is five days later and the corpus ends there) and ant-multisource Middle East / international news of 2018-02-01 .. 03-05 (fresh took
# June-October, fresh2 April-May; the story days are 2018-03-12/13). Bodies of 800-1,600 characters. Any article
# whose key is in quotes-fresh/fresh2, or sharing its title or first 80 characters with a quotes-dev text, is dropped.
# Writes cands3.jsonl (or the path given), alternating between the two corpora, 40 candidates.
import gzip, json, os, random, re, sys
DATA = os.environ.get('MARSAD_DATA', '../shared/data') + '/'
from email.utils import parsedate_to_datetime
SPEECH = re.compile(r'(^|\s)و?(قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|أعلن|أعلنت)(\s)')
MARK = re.compile(r'["“”«»]')
def ok(text):
    return 800 <= len(text) <= 1600 and SPEECH.search(text) and len(MARK.findall(text)) >= 2
seen_titles, seen_heads = set(), set()
with open(DATA + 'quotes-dev/texts.jsonl') as f:
    for line in f:
        r = json.loads(line); seen_titles.add(r['title'].strip()); seen_heads.add(r['text'][:80])
taken = set()
for name in ('quotes-fresh', 'quotes-fresh2'):
    with open('marsad-eval/src/main/resources/dev/marsad/eval/' + name + '/gold.jsonl') as f:
        for l in f:
            if l.strip():
                r = json.loads(l); taken.add(r['key']); seen_titles.add(r['title'].strip())
def new(key, title, text):
    return key not in taken and title.strip() not in seen_titles and text[:80] not in seen_heads
snn = []
with gzip.open(DATA + 'saudinewsnet/articles.jsonl.gz','rt') as f:
    for line in f:
        r = json.loads(line)
        day = r['date_extracted'][:10]
        if not ('2015-08-01' <= day <= '2015-08-04'): continue
        if ok(r['content']) and new(r['url'], r['title'], r['content']):
            snn.append(('saudinewsnet', r['url'], day, r['source'], r['title'], r['content']))
ant = []
with gzip.open(DATA + 'ant-multisource/articles.jsonl.gz','rt') as f:
    for line in f:
        r = json.loads(line)
        if r['cat'] not in ('middleEast', 'internationalNews'): continue
        t = r['time']
        try: day = parsedate_to_datetime(t).date().isoformat()
        except Exception: day = t[:10]
        if not ('2018-02-01' <= day <= '2018-03-05'): continue
        if ok(r['text']) and new(r['docno'], r['title'], r['text']):
            ant.append(('ant-multisource', r['docno'], day, r['src'], r['title'], r['text']))
print(len(snn), len(ant), file=sys.stderr)
snn.sort(key=lambda c: c[1]); ant.sort(key=lambda c: c[1])
rng = random.Random(1703)
rng.shuffle(snn); rng.shuffle(ant)
with open(sys.argv[1] if len(sys.argv) > 1 else 'cands3.jsonl','w') as out:
    for i in range(20):
        for c in (snn[i], ant[i]):
            out.write(json.dumps(dict(zip(('corpus','key','day','outlet','title','text'), c)), ensure_ascii=False)+'\n')
