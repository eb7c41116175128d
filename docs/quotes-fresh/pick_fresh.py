# Picks the candidate articles of quotes-fresh (docs/EVALUATION.md, issue 17): run with python3 from any folder.
# Prints the counts of eligible articles; writes cands.jsonl (or the path given as argument) (20 of each corpus, alternating; the first 30 labelled).
import gzip, json, os, random, re, sys
DATA = os.environ.get('MARSAD_DATA', '../shared/data') + '/'
from email.utils import parsedate_to_datetime
SPEECH = re.compile(r'(^|\s)و?(قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|أعلن|أعلنت)(\s)')
MARK = re.compile(r'["“”«»]')
def ok(text):
    return 900 <= len(text) <= 2400 and SPEECH.search(text) and len(MARK.findall(text)) >= 2
snn = []
with gzip.open(DATA + 'saudinewsnet/articles.jsonl.gz','rt') as f:
    for line in f:
        r = json.loads(line)
        day = r['date_extracted'][:10]
        if day >= '2015-08-01': continue  # far from the story day 2015-08-09
        if ok(r['content']): snn.append(('snn', r['url'], day, r['source'], r['title'], r['content']))
ant = []
with gzip.open(DATA + 'ant-multisource/articles.jsonl.gz','rt') as f:
    for line in f:
        r = json.loads(line)
        if r['cat'] not in ('middleEast', 'internationalNews'): continue
        t = r['time']
        try: day = parsedate_to_datetime(t).date().isoformat()
        except Exception: day = t[:10]
        if not ('2018-06-01' <= day <= '2018-10-31'): continue  # far from the story days of March
        if ok(r['text']): ant.append(('ant', r['docno'], day, r['src'], r['title'], r['text']))
print(len(snn), len(ant), file=sys.stderr)
rng = random.Random(1717)
rng.shuffle(snn); rng.shuffle(ant)
with open(sys.argv[1] if len(sys.argv) > 1 else 'cands.jsonl','w') as out:
    for i in range(20):
        for c in (snn[i], ant[i]):
            out.write(json.dumps(dict(zip(('corpus','key','day','outlet','title','text'), c)), ensure_ascii=False)+'\n')
