# Picks the candidate articles of quotes-fresh2 (docs/EVALUATION.md, issue 17): run with python3 from the repository.
# A second fresh development set, drawn like quotes-fresh (docs/quotes-fresh/pick_fresh.py) but from other days:
# saudinewsnet collected 2015-07-21 .. 07-31 (the days quotes-fresh took, its articles left out: the corpus starts on
# 07-21, and the later days come close to the story day 2015-08-09) and ant-multisource Middle East / international news of 2018-04-01 ..
# 05-31 (quotes-fresh took June-October 2018; the story days of quotes-dev are 2015-08-09 and
# 2018-03-12/13; ant-multisource keeps 2018-05-08/09 aside, so they are not in its file). Bodies of 800-1,800
# characters, so that 30 articles can be labelled in one sitting. Any article sharing its title or its first 80
# characters with a quotes-dev or quotes-fresh text is dropped. Writes cands2.jsonl (or the path given), alternating.
import gzip, json, os, random, re, sys
DATA = os.environ.get('MARSAD_DATA', '../shared/data') + '/'
from email.utils import parsedate_to_datetime
SPEECH = re.compile(r'(^|\s)و?(قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|أعلن|أعلنت)(\s)')
MARK = re.compile(r'["“”«»]')
def ok(text):
    return 800 <= len(text) <= 1800 and SPEECH.search(text) and len(MARK.findall(text)) >= 2
seen_titles, seen_heads = set(), set()
with open(DATA + 'quotes-dev/texts.jsonl') as f:
    for line in f:
        r = json.loads(line); seen_titles.add(r['title'].strip()); seen_heads.add(r['text'][:80])
with open('marsad-eval/src/main/resources/dev/marsad/eval/quotes-fresh/gold.jsonl') as f:
    fresh_keys = {json.loads(l)['key'] for l in f if l.strip()}
def new(key, title, text):
    return key not in fresh_keys and title.strip() not in seen_titles and text[:80] not in seen_heads
snn = []
with gzip.open(DATA + 'saudinewsnet/articles.jsonl.gz','rt') as f:
    for line in f:
        r = json.loads(line)
        day = r['date_extracted'][:10]
        if day >= '2015-08-01': continue
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
        if not ('2018-04-01' <= day <= '2018-05-31'): continue
        if ok(r['text']) and new(r['docno'], r['title'], r['text']):
            ant.append(('ant-multisource', r['docno'], day, r['src'], r['title'], r['text']))
print(len(snn), len(ant), file=sys.stderr)
snn.sort(key=lambda c: c[1]); ant.sort(key=lambda c: c[1])
rng = random.Random(2612)
rng.shuffle(snn); rng.shuffle(ant)
with open(sys.argv[1] if len(sys.argv) > 1 else 'cands2.jsonl','w') as out:
    for i in range(20):
        for c in (snn[i], ant[i]):
            out.write(json.dumps(dict(zip(('corpus','key','day','outlet','title','text'), c)), ensure_ascii=False)+'\n')
