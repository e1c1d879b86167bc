package bot

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
)

// rrfK is reciprocal rank fusion's constant: a passage scores 1/(k+rank)
// in each ranking it is in.
const rrfK = 60

// embeddingTTL is how long passage vectors stay cached.
const embeddingTTL = 30 * 24 * time.Hour

// WithEmbeddings turns on hybrid retrieval: passages and questions are
// embedded, and the embedding ranking is fused with BM25's.
func WithEmbeddings(emb Embedder) Option {
	return func(e *Engine) { e.vectors = &vectors{emb: emb} }
}

// vectors holds the passages' embeddings, computed once (and cached in the
// store by model and passage hash, so a restart does not pay again).
type vectors struct {
	emb  Embedder
	mu   sync.Mutex
	byID map[string][]float32
}

// hybrid re-ranks the covered hits of a search with embeddings: BM25's
// candidates and the passages nearest the question are fused by
// reciprocal rank, and the best as many as BM25 chose are kept. Coverage
// stays BM25's decision. Any failure leaves the hits as they were.
func (e *Engine) hybrid(ctx context.Context, question string, r knowledge.Result, candidates []knowledge.Hit) knowledge.Result {
	if e.vectors == nil || !r.Covered {
		return r
	}
	byID, err := e.passageVectors(ctx)
	var q [][]float32
	if err == nil {
		q, err = e.vectors.emb.Embed(ctx, []string{question})
	}
	if err != nil || len(q) != 1 {
		e.log.WarnContext(ctx, "embeddings unavailable; ranking by BM25 alone", "err", err)
		return r
	}
	fused := map[*knowledge.Passage]float64{}
	for i, h := range candidates {
		fused[h.Passage] += 1 / float64(rrfK+i+1)
	}
	for i, p := range e.nearest(byID, q[0], 5) {
		fused[p] += 1 / float64(rrfK+i+1)
	}
	hits := make([]knowledge.Hit, 0, len(fused))
	for p, s := range fused {
		hits = append(hits, knowledge.Hit{Passage: p, Score: s})
	}
	slices.SortFunc(hits, func(a, b knowledge.Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Passage.ID, b.Passage.ID))
	})
	r.Hits = hits[:min(len(hits), len(r.Hits))]
	return r
}

// nearest returns the n passages whose vectors are most similar to q.
func (e *Engine) nearest(byID map[string][]float32, q []float32, n int) []*knowledge.Passage {
	type scored struct {
		p   *knowledge.Passage
		sim float64
	}
	var all []scored
	for _, s := range e.Index().KB().Sources {
		for _, p := range s.Passages {
			if v, ok := byID[p.ID]; ok {
				all = append(all, scored{p, cosine(q, v)})
			}
		}
	}
	slices.SortStableFunc(all, func(a, b scored) int { return cmp.Compare(b.sim, a.sim) })
	out := make([]*knowledge.Passage, 0, n)
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.p)
	}
	return out
}

func cosine(a, b []float32) float64 {
	var dot, na, nb float64
	for i := range min(len(a), len(b)) {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// passageVectors returns every passage's vector: from memory, else the
// store's cache, else the embedding API (in batches), caching each.
func (e *Engine) passageVectors(ctx context.Context) (map[string][]float32, error) {
	v := e.vectors
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.byID != nil {
		return v.byID, nil
	}
	byID := map[string][]float32{}
	var todo []*knowledge.Passage
	for _, s := range e.Index().KB().Sources {
		for _, p := range s.Passages {
			if vec, ok := e.cachedVector(ctx, p); ok {
				byID[p.ID] = vec
			} else {
				todo = append(todo, p)
			}
		}
	}
	for start := 0; start < len(todo); start += 64 {
		batch := todo[start:min(start+64, len(todo))]
		texts := make([]string, len(batch))
		for i, p := range batch {
			texts[i] = p.Text
		}
		vecs, err := v.emb.Embed(ctx, texts)
		if err != nil {
			return nil, fmt.Errorf("embed passages: %w", err)
		}
		for i, p := range batch {
			byID[p.ID] = vecs[i]
			e.cacheVector(ctx, p, vecs[i])
		}
	}
	v.byID = byID
	return byID, nil
}

func (e *Engine) vectorKey(p *knowledge.Passage) string {
	sum := sha256.Sum256([]byte(p.Text))
	return "embedding:" + e.vectors.emb.EmbeddingModel() + ":" + hex.EncodeToString(sum[:16])
}

func (e *Engine) cachedVector(ctx context.Context, p *knowledge.Passage) ([]float32, bool) {
	if e.cache == nil {
		return nil, false
	}
	data, hit, err := e.cache.Get(ctx, e.vectorKey(p))
	var vec []float32
	if err != nil || !hit || json.Unmarshal(data, &vec) != nil || len(vec) == 0 {
		return nil, false
	}
	return vec, true
}

func (e *Engine) cacheVector(ctx context.Context, p *knowledge.Passage, vec []float32) {
	if e.cache == nil {
		return
	}
	if data, err := json.Marshal(vec); err == nil {
		_ = e.cache.Set(ctx, e.vectorKey(p), data, embeddingTTL)
	}
}
