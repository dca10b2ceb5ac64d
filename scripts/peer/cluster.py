#!/usr/bin/env python3
"""scikit-learn peer for Rembuk's synthesis engine (see /work/shared/datasets/README.md).

Two variants, exactly as the datasets README describes:
  default: TfidfVectorizer() + KMeans(n_init=1), mean of 5 seeds
  lsa:     TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2)) + TruncatedSVD(100)
           + L2 normalisation + KMeans(n_init=10), mean of 3 seeds

Input: JSONL files with {"text", "label"} (label optional in bench mode).
Output: one JSON object per file and variant on stdout.
  python3 cluster.py [--variant default|lsa|both] [--k labels|N] [--seeds N] FILE...
Seconds are per run (vectorise + cluster, excluding file reading and imports); peak_mb is the
process's peak resident memory growth over the runs (ru_maxrss).
"""
import argparse
import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.preprocessing import Normalizer


def accuracy(truth, pred):
    t_ids = {v: i for i, v in enumerate(sorted(set(truth)))}
    p_ids = {v: i for i, v in enumerate(sorted(set(pred)))}
    table = np.zeros((len(p_ids), len(t_ids)))
    for t, p in zip(truth, pred):
        table[p_ids[p], t_ids[t]] += 1
    rows, cols = linear_sum_assignment(-table)
    return table[rows, cols].sum() / len(truth)


def run(variant, texts, k, seed):
    if variant == 'default':
        x = TfidfVectorizer().fit_transform(texts)
        return KMeans(n_clusters=k, n_init=1, random_state=seed).fit_predict(x)
    x = TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2)).fit_transform(texts)
    x = TruncatedSVD(100, random_state=seed).fit_transform(x)
    x = Normalizer(copy=False).fit_transform(x)
    return KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(x)


def max_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--variant', default='both', choices=['default', 'lsa', 'both'])
    ap.add_argument('--k', default='labels')
    ap.add_argument('--seeds', type=int, default=0, help='0 = README default (5 default, 3 lsa)')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    variants = ['default', 'lsa'] if args.variant == 'both' else [args.variant]
    for path in args.files:
        rows = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
        texts = [r['text'] for r in rows]
        labels = [r.get('label') for r in rows]
        k = len(set(labels)) if args.k == 'labels' else int(args.k)
        for variant in variants:
            seeds = args.seeds or (5 if variant == 'default' else 3)
            rss0 = max_rss_mb()
            scores, secs = [], []
            for seed in range(seeds):
                t0 = time.perf_counter()
                pred = run(variant, texts, k, seed)
                secs.append(time.perf_counter() - t0)
                if args.k == 'labels':
                    scores.append((normalized_mutual_info_score(labels, pred), adjusted_rand_score(labels, pred),
                                   accuracy(labels, pred)))
            out = {'file': path, 'variant': variant, 'n': len(texts), 'k': k,
                   'seconds': float(np.mean(secs)), 'peak_mb': max_rss_mb() - rss0, 'peak_rss_mb': max_rss_mb()}
            if scores:
                m = np.mean(scores, axis=0) * 100
                out.update(nmi=float(m[0]), ari=float(m[1]), acc=float(m[2]))
            print(json.dumps(out), flush=True)


if __name__ == '__main__':
    sys.exit(main())
