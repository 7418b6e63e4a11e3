# How eval/test's articles were drawn (seed 20261124). Run from the repository root:
#   python3 eval/test/sample.py          round 1: per newspaper, 2 articles drawn by topic keyword
#                                         (like eval/dev) and 1 at random
#   python3 eval/test/sample.py round2   round 2: 3 more keyword draws per newspaper
# Articles of 300-1,500 characters, one per title, never in eval/dev (gold, roots, no_event) nor sharing
# a 50-character run with a dev article. Reads the bench corpus from ../shared (not shipped).
import json,gzip,random,collections
SEED=20261124
KEYWORDS=['استقبل','أدان','الحوثي','غارات','اعتقال','اتصالا هاتفيا','داعش','طالب','اتفاقية','تظاهر','هدد','إيران']
dev=[json.loads(l) for l in open('eval/dev/gold.jsonl')]
devids={a['id'] for a in dev}
for f in ['eval/dev/roots.jsonl','eval/dev/no_event.jsonl']:
    for l in open(f): devids.add(json.loads(l)['article_id'])
devtitles={a.get('title') for a in dev}
devtext=' '.join(a['text'] for a in dev)
arts=[json.loads(l) for l in gzip.open('../shared/corpus/bench/saudinewsnet_politics.jsonl.gz','rt')]
def near_dup(a):
    t=a['text']
    if a.get('title') in devtitles: return True
    probes=[t[i:i+50] for i in range(0,max(1,len(t)-50),max(1,len(t)//5))][:5]
    return any(len(p)==50 and p in devtext for p in probes)
seen=set(); pool=collections.defaultdict(list)
for a in arts:
    if a['id'] in devids or not (300<=len(a['text'])<=1500): continue
    key=(a.get('title') or '')[:40]
    if key in seen: continue
    seen.add(key)
    if near_dup(a): continue
    pool[a['source']].append(a)
rng=random.Random(SEED)
out=[]; taken=set(); taken_text=[]
k=0
def fresh(a):
    return a['id'] not in taken and not any(a['text'][100:150] in t for t in taken_text)
import sys
ROUND2 = len(sys.argv) > 1
def keyword_draw(src, suffix):
    """The next keyword (rotating) that some fresh article of this newspaper contains: one of those."""
    global k
    for _try in range(len(KEYWORDS)):
        kw=KEYWORDS[k%len(KEYWORDS)]; k+=1
        cands=[a for a in pool[src] if kw in a['text'] and fresh(a)]
        if cands:
            a=rng.choice(cands); a['_draw']='keyword:'+kw+suffix
            return a
    raise SystemExit(f'no keyword article left for {src}')
def take(a, into):
    into.append(a); taken.add(a['id']); taken_text.append(a['text'])
for src in sorted(pool):
    for _ in range(2):
        take(keyword_draw(src, ''), out)
    a=rng.choice([a for a in pool[src] if fresh(a)]); a['_draw']='random'
    take(a, out)
if ROUND2:
    # Round 2: three more keyword draws per newspaper, continuing the same random stream.
    out2=[]
    for src in sorted(pool):
        for _ in range(3):
            take(keyword_draw(src, ' (round 2)'), out2)
    out=out2
for a in out:
    print(json.dumps({k:a[k] for k in ['id','source','url','date','title','text','_draw']},ensure_ascii=False))
