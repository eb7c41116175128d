# Picks the week-long development stream of issue 10 (marsad-eval/src/main/resources/dev/marsad/eval/story-dev/SOURCE.md):
# run with python3 from the repository. Every record of ../shared/data/ant-multisource/articles.jsonl.gz whose `cat` is
# middleEast, internationalNews or economy, whose `src` is BBC, CNN or france24 and whose `docno` ends in one of the seven
# dates 20180314 .. 20180320 (the rule of the pan-Arab story days, over a week and three outlets), in publication order
# (time, then docno). Checks that none of them is an article of ../shared/data/story-days (by canonical URL and by title)
# or of an unseen story day (by docno), and writes, for labelling, one line per article to the path given (default
# week.jsonl, outside the repository: the corpus text is not redistributed): {"n", "id", "outlet", "time", "title",
# "lead", "text"}.
import glob, gzip, json, os, re, sys
from datetime import datetime
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.join(HERE, '..', '..')
DATA = os.path.join(REPO, '..', 'shared', 'data')
CATS = {'middleEast', 'internationalNews', 'economy'}
SRCS = {'BBC', 'CNN', 'france24'}
DATES = {'201803%02d' % d for d in range(14, 21)}


def published(record):
    t = record['time'].strip()
    try:
        return parsedate_to_datetime(t)
    except (TypeError, ValueError):
        return datetime.fromisoformat(t)


def story_day_keys():
    urls, titles = set(), set()
    for page in glob.glob(os.path.join(DATA, 'story-days', '*', 'articles', '*.html')):
        html = open(page, encoding='utf-8').read()
        m = re.search(r'<link rel="canonical" href="([^"]+)"', html)
        if m:
            urls.add(m.group(1).replace('&amp;', '&'))
        m = re.search(r'<h1>(.*?)</h1>', html, re.S)
        if m:
            titles.add(m.group(1).strip())
    return urls, titles


def unseen_ids():
    ids = set()
    for gold in glob.glob(os.path.join(REPO, 'marsad-eval', 'src', 'main', 'resources', 'dev', 'marsad', 'eval',
                                       'story-unseen', '*', 'gold.jsonl')):
        ids |= {json.loads(line)['id'] for line in open(gold, encoding='utf-8') if line.strip()}
    return ids


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else 'week.jsonl'
    records = []
    with gzip.open(os.path.join(DATA, 'ant-multisource', 'articles.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            if r['cat'] in CATS and r['src'] in SRCS and r['docno'][-8:] in DATES:
                records.append(r)
    records.sort(key=lambda r: (published(r).timestamp(), r['docno']))
    urls, titles = story_day_keys()
    unseen = unseen_ids()
    clash = [r['docno'] for r in records
             if r['url'] in urls or r['title'].strip() in titles or r['docno'] in unseen]
    if clash:
        sys.exit('articles already in a labelled set: ' + ', '.join(clash))
    by_src = {}
    with open(out, 'w', encoding='utf-8') as w:
        for n, r in enumerate(records):
            by_src[r['src']] = by_src.get(r['src'], 0) + 1
            text = r['text'].strip()
            w.write(json.dumps({'n': n, 'id': r['docno'], 'outlet': r['src'], 'time': published(r).isoformat(),
                                'title': r['title'].strip(), 'lead': text[:400], 'text': text},
                               ensure_ascii=False) + '\n')
    print(len(records), 'articles', dict(sorted(by_src.items())), '->', out)


if __name__ == '__main__':
    main()
