#!/usr/bin/env python3
"""Python side of `npm run bench` for the similarity graphs (called by bench-graphs.ts).

Reads a citation matrix written by the TypeScript bench (docPtr.bin and workIdx.bin: little-endian
uint32 CSR of documents x works, meta.json with nDocs and nWorks) and runs one step, printing one
JSON line:

  coupling  scipy sparse B·Bᵀ (CSR), the reference for the coupling kernel
  louvain   the same product, upper triangle, python-igraph Graph, community_multilevel (seeded)

Peak memory is the process's maximum resident set size (getrusage), interpreter included; CPU seconds
are the process's (time.process_time).
"""
import json
import os
import random
import resource
import sys
import time

import numpy as np
import scipy.sparse as sp


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load(folder):
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    doc_ptr = np.fromfile(os.path.join(folder, "docPtr.bin"), dtype="<u4").astype(np.int64)
    work_idx = np.fromfile(os.path.join(folder, "workIdx.bin"), dtype="<u4").astype(np.int32)
    return meta, doc_ptr, work_idx


def product(meta, doc_ptr, work_idx, dtype="float64"):
    # float64 is what scipy gives by default (np.ones); int32 is the tuned variant.
    data = np.ones(len(work_idx), dtype=np.dtype(dtype))
    b = sp.csr_matrix((data, work_idx, doc_ptr), shape=(meta["nDocs"], meta["nWorks"]))
    return b @ b.T.tocsr()


def step_coupling(folder, dtype):
    meta, doc_ptr, work_idx = load(folder)
    base = peak_mb()
    c0 = time.process_time()
    t0 = time.perf_counter()
    c = product(meta, doc_ptr, work_idx, dtype)
    seconds = time.perf_counter() - t0
    cpu_seconds = time.process_time() - c0
    diagonal = int(np.count_nonzero(c.diagonal()))
    pairs = (c.nnz - diagonal) // 2
    return {"step": "coupling", "dtype": dtype, "seconds": seconds, "cpuSeconds": cpu_seconds, "pairs": pairs, "peakMB": peak_mb(), "baseMB": base}


def step_louvain(folder, seed, resolution):
    import igraph as ig

    meta, doc_ptr, work_idx = load(folder)
    base = peak_mb()
    t0 = time.perf_counter()
    c = product(meta, doc_ptr, work_idx)
    upper = sp.triu(c, k=1).tocoo()
    del c
    t1 = time.perf_counter()
    edges = np.column_stack([upper.row, upper.col])
    g = ig.Graph(n=meta["nDocs"], edges=edges, directed=False)
    g.es["weight"] = upper.data.astype(np.float64)
    del upper, edges
    t2 = time.perf_counter()
    random.seed(seed)
    ig.set_random_number_generator(random)
    parts = g.community_multilevel(weights="weight", resolution=resolution)
    t3 = time.perf_counter()
    modularity = g.modularity(parts.membership, weights="weight", resolution=resolution)
    return {
        "step": "louvain",
        "seconds": t3 - t0,
        "productSeconds": t1 - t0,
        "buildSeconds": t2 - t1,
        "louvainSeconds": t3 - t2,
        "edges": g.ecount(),
        "clusters": len(parts),
        "modularity": modularity,
        "peakMB": peak_mb(),
        "baseMB": base,
        "igraph": ig.__version__,
    }


def main():
    step = sys.argv[1]
    folder = sys.argv[2]
    if step == "coupling":
        out = step_coupling(folder, sys.argv[3] if len(sys.argv) > 3 else "float64")
    elif step == "louvain":
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
        resolution = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
        out = step_louvain(folder, seed, resolution)
    else:
        raise SystemExit("usage: bench-graphs.py coupling FOLDER [float64|int32] | louvain FOLDER [SEED] [RESOLUTION]")
    import scipy

    out["scipy"] = scipy.__version__
    out["python"] = sys.version.split()[0]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
