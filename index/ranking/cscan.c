/* The archive scorer's inner loop compiled: one pass per query term over its stored postings (gaps and
 * exceptions decoded, impacts looked up, multiplied by the term's idf, added into the passages' scores),
 * then the best passages chosen among those touched.
 *
 * The same float64 operations in the same order as index/ranking/sparse.py (and rank-bm25): a contribution
 * is impact * idf, a passage's score adds its terms' contributions in query order from 0.0. Built with
 * floating-point contraction off (setup.py), so that no multiply-add is fused.
 *
 * Plain C over the buffer protocol: no numpy headers at build time. index/ranking/compiled.py wraps it;
 * where it is not built, the numpy path of index/ranking/sparse.py is used, with the same results.
 *
 * Also here, as the one compiled module: WordTable, the lookup of words by hash behind
 * index/text/packed.PackedWords (a served index's dictionary).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdint.h>
#include <math.h>
#include <string.h>

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

/* An integer array of any of the widths the index stores. */
typedef struct {
    Py_buffer view;
    const char *data;
    Py_ssize_t size;
    int kind; /* 'b', 'B', 'h', 'H', 'i', 'I', 'q', 'Q' by width and sign; 'd' for float64 */
} Array;

static inline int64_t get_int(const Array *a, Py_ssize_t i)
{
    switch (a->kind) {
    case 'B': return ((const uint8_t *)a->data)[i];
    case 'b': return ((const int8_t *)a->data)[i];
    case 'H': return ((const uint16_t *)a->data)[i];
    case 'h': return ((const int16_t *)a->data)[i];
    case 'I': return ((const uint32_t *)a->data)[i];
    case 'i': return ((const int32_t *)a->data)[i];
    case 'Q': return (int64_t)((const uint64_t *)a->data)[i];
    default: return ((const int64_t *)a->data)[i];
    }
}

/* A float64 or float32 array's item, as a double. */
static inline double get_float(const Array *a, Py_ssize_t i)
{
    return a->kind == 'f' ? (double)((const float *)a->data)[i] : ((const double *)a->data)[i];
}

static int open_array(PyObject *obj, Array *a, const char *name, int want_float)
{
    if (PyObject_GetBuffer(obj, &a->view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    a->data = (const char *)a->view.buf;
    a->size = a->view.itemsize ? a->view.len / a->view.itemsize : 0;
    const char *f = a->view.format ? a->view.format : "B";
    while (*f == '<' || *f == '=' || *f == '@' || *f == '|')
        f++;
    char c = f[0];
    Py_ssize_t w = a->view.itemsize;
    if (want_float) {
        if (!((c == 'd' && w == 8) || (want_float == 2 && c == 'f' && w == 4))) {
            PyErr_Format(PyExc_TypeError, "%s: float64 expected", name);
            return -1;
        }
        a->kind = c;
        return 0;
    }
    int is_signed;
    switch (c) {
    case 'b': case 'h': case 'i': case 'l': case 'q': is_signed = 1; break;
    case 'B': case 'H': case 'I': case 'L': case 'Q': case '?': is_signed = 0; break;
    default:
        PyErr_Format(PyExc_TypeError, "%s: an integer array expected", name);
        return -1;
    }
    switch (w) {
    case 1: a->kind = is_signed ? 'b' : 'B'; break;
    case 2: a->kind = is_signed ? 'h' : 'H'; break;
    case 4: a->kind = is_signed ? 'i' : 'I'; break;
    case 8: a->kind = is_signed ? 'q' : 'Q'; break;
    default:
        PyErr_Format(PyExc_TypeError, "%s: unsupported item size", name);
        return -1;
    }
    return 0;
}

enum {
    COL_PTR, OFFSET, WIDE, GAPS8, GAPS16, EXC_POS, EXC_VAL, EXC_PTR, FIRST, CODED, CODE_OFFSET, CODES,
    PAIR1, TABLE, CODE_POS, CODE_VAL, IDF, SKIP_ROWS, SKIP_PTR, MAXIMA_INDEX, N_ARRAYS
};
static const char *NAMES[N_ARRAYS] = {
    "col_ptr", "offset", "wide", "gaps8", "gaps16", "exc_pos", "exc_val", "exc_ptr", "first", "coded",
    "code_offset", "codes", "pair1", "table", "code_pos", "code_val", "idf", "skip_rows", "skip_ptr", "maxima"
};

typedef struct {
    PyObject_HEAD
    Array a[N_ARRAYS];
    int opened;
    Py_ssize_t terms;    /* V */
    Py_ssize_t passages; /* N */
    Py_ssize_t skip;     /* postings per skip entry */
    double *acc;         /* N scores, all 0.0 between queries */
    int32_t *touched;    /* passages with a score, in the order they got one */
    Py_ssize_t skipped;  /* queries answered without reading some postings in full */
    double padded[256];  /* the table's first 256 impacts, 0.0 past its end: any byte code looks one up */
    const uint16_t *pair1; /* each passage's tf-1 code where stored in 16 bits (else NULL: read by get_int) */
} Columns;

static void Columns_dealloc(Columns *self)
{
    for (int i = 0; i < self->opened; i++)
        PyBuffer_Release(&self->a[i].view);
    PyMem_Free(self->acc);
    PyMem_Free(self->touched);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Columns_init(Columns *self, PyObject *args, PyObject *kwds)
{
    Py_ssize_t passages;
    if (kwds && PyDict_Size(kwds)) {
        PyErr_SetString(PyExc_TypeError, "Columns takes positional arguments only");
        return -1;
    }
    if (PyTuple_GET_SIZE(args) != N_ARRAYS + 2) {
        PyErr_Format(PyExc_TypeError, "Columns takes %d arguments", N_ARRAYS + 2);
        return -1;
    }
    if (self->opened) {
        PyErr_SetString(PyExc_TypeError, "Columns is initialized once");
        return -1;
    }
    for (int i = 0; i < N_ARRAYS; i++) {
        int want_float = i == MAXIMA_INDEX ? 2 : i == TABLE || i == IDF;
        if (open_array(PyTuple_GET_ITEM(args, i), &self->a[i], NAMES[i], want_float) < 0)
            return -1;
        self->opened = i + 1;
    }
    passages = PyLong_AsSsize_t(PyTuple_GET_ITEM(args, N_ARRAYS));
    if (passages == -1 && PyErr_Occurred())
        return -1;
    if (passages < 0 || passages > INT32_MAX || self->a[PAIR1].size != passages) {
        PyErr_SetString(PyExc_ValueError, "passages: 0 to 2**31 - 1, one code of tf 1 each");
        return -1;
    }
    self->passages = passages;
    /* Every passage's tf-1 code within the table, checked once: the scan then looks them up unchecked (an
     * index without postings has an empty table and never looks one up). */
    for (Py_ssize_t r = 0; r < passages && self->a[TABLE].size; r++) {
        int64_t code = get_int(&self->a[PAIR1], r);
        if (code < 0 || code >= self->a[TABLE].size) {
            PyErr_SetString(PyExc_ValueError, "a passage's pair code lies outside the table");
            return -1;
        }
    }
    self->pair1 = self->a[PAIR1].kind == 'H' ? (const uint16_t *)self->a[PAIR1].data : NULL;
    for (Py_ssize_t i = 0; i < 256; i++)
        self->padded[i] = i < self->a[TABLE].size ? ((const double *)self->a[TABLE].data)[i] : 0.0;
    self->skip = PyLong_AsSsize_t(PyTuple_GET_ITEM(args, N_ARRAYS + 1));
    if (self->skip == -1 && PyErr_Occurred())
        return -1;
    if (self->skip < 1) {
        PyErr_SetString(PyExc_ValueError, "skip: 1 or more postings");
        return -1;
    }
    self->terms = self->a[IDF].size;
    Py_ssize_t v = self->terms;
    if (self->a[COL_PTR].size != v + 1 || self->a[EXC_PTR].size != v + 1 || self->a[OFFSET].size != v ||
        self->a[WIDE].size != v || self->a[FIRST].size != v || self->a[CODED].size != v ||
        self->a[CODE_OFFSET].size != v || self->a[EXC_POS].size != self->a[EXC_VAL].size ||
        self->a[CODE_POS].size != self->a[CODE_VAL].size || self->a[SKIP_PTR].size != v + 1 ||
        self->a[MAXIMA_INDEX].size != v) {
        PyErr_SetString(PyExc_ValueError, "the arrays do not fit together");
        return -1;
    }
    if (self->a[GAPS8].kind != 'B' || self->a[GAPS16].kind != 'H' || self->a[CODES].kind != 'B' ||
        self->a[WIDE].view.itemsize != 1 || self->a[CODED].view.itemsize != 1) {
        PyErr_SetString(PyExc_TypeError, "gaps8, codes, wide and coded are bytes, gaps16 uint16");
        return -1;
    }
    return 0;
}

/* The first index in [lo, hi) of the sorted array `a` whose value is at least `key`. */
static Py_ssize_t lower_bound_in(const Array *a, Py_ssize_t lo, Py_ssize_t hi, int64_t key)
{
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (get_int(a, mid) < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first index in the sorted array `a` whose value is at least `key`. */
static Py_ssize_t lower_bound(const Array *a, int64_t key)
{
    return lower_bound_in(a, 0, a->size, key);
}

/* Queries with at least N / DENSE_SHARE postings are summed window by window rather than listed. */
#define DENSE_SHARE 4
/* Passages per window: 2**WINDOW_SHIFT (512 KB of scores, within a core's L2 cache with the postings read). */
#define WINDOW_SHIFT 16

/* One term's stored postings, located. Posting indices below are local: 0 to len - 1. */
typedef struct {
    int64_t start, len, first;
    int wide, coded;
    const uint8_t *g8;
    const uint16_t *g16;
    const uint8_t *codes;
    Py_ssize_t e, e_end; /* its exceptions in exc_pos / exc_val */
    Py_ssize_t c, c_end; /* its codes kept apart in code_pos / code_val */
    Py_ssize_t s, s_end; /* its skip entries */
    double idf;
} Term;

static int open_term(const Columns *self, Py_ssize_t j, Term *t)
{
    const Array *a = self->a;
    int64_t start = get_int(&a[COL_PTR], j), end = get_int(&a[COL_PTR], j + 1);
    t->start = start;
    t->len = end > start ? end - start : 0;
    t->idf = ((const double *)a[IDF].data)[j];
    if (!t->len)
        return 0;
    t->first = get_int(&a[FIRST], j);
    t->wide = ((const uint8_t *)a[WIDE].data)[j] != 0;
    t->coded = ((const uint8_t *)a[CODED].data)[j] != 0;
    int64_t offset = get_int(&a[OFFSET], j);
    if (offset < 0 || offset + t->len > (t->wide ? a[GAPS16].size : a[GAPS8].size))
        return -1;
    t->g8 = (const uint8_t *)a[GAPS8].data + (t->wide ? 0 : offset);
    t->g16 = (const uint16_t *)a[GAPS16].data + (t->wide ? offset : 0);
    t->codes = NULL;
    if (t->coded) {
        int64_t code_offset = get_int(&a[CODE_OFFSET], j);
        if (code_offset < 0 || code_offset + t->len > a[CODES].size)
            return -1;
        t->codes = (const uint8_t *)a[CODES].data + code_offset;
    }
    t->e = (Py_ssize_t)get_int(&a[EXC_PTR], j);
    t->e_end = (Py_ssize_t)get_int(&a[EXC_PTR], j + 1);
    if (t->e < 0 || t->e_end > a[EXC_POS].size || t->e > t->e_end)
        return -1;
    t->c = lower_bound(&a[CODE_POS], start);
    t->c_end = lower_bound(&a[CODE_POS], end);
    t->s = (Py_ssize_t)get_int(&a[SKIP_PTR], j);
    t->s_end = (Py_ssize_t)get_int(&a[SKIP_PTR], j + 1);
    if (t->s < 0 || t->s_end > a[SKIP_ROWS].size || t->s_end - t->s != (t->len + self->skip - 1) / self->skip)
        return -1;
    return 0;
}

/* The impact of local posting i at passage `row`, given whether its code is kept apart (`apart`: its index
 * in code_val, else -1). -1.0 where the code is out of the table. */
static inline double impact_of(const Columns *self, const Term *t, int64_t i, int64_t row, Py_ssize_t apart)
{
    const Array *a = self->a;
    int64_t code;
    if (apart >= 0)
        code = get_int(&a[CODE_VAL], apart);
    else if (t->coded)
        code = t->codes[i];
    else
        return ((const double *)a[TABLE].data)[get_int(&a[PAIR1], row)];
    return code >= 0 && code < a[TABLE].size ? ((const double *)a[TABLE].data)[code] : -1.0;
}

/* Postings i to stop - 1 added: the next passage is `row` plus GAP, its impact IMPACT. A passage's first
 * contribution is noted in `touched` (written always, counted only when new: no branch). */
#define SCAN(GAP, IMPACT, NOTE)                                                                             \
    {                                                                                                       \
        for (; i < stop; i++) {                                                                             \
            row += (GAP);                                                                                   \
            if ((uint64_t)row >= (uint64_t)n)                                                               \
                return -1;                                                                                  \
            double before = acc[row];                                                                       \
            NOTE;                                                                                           \
            acc[row] = before + (IMPACT) * idf;                                                             \
        }                                                                                                   \
    }

/* SCAN specialised for each stored form: gaps of 1 or 2 bytes, impacts by the posting's code or the passage's. */
#define SCAN_FORMS(NOTE)                                                                                    \
    {                                                                                                       \
        if (coded && wide)                                                                                  \
            SCAN(g16[i], padded[codes[i]], NOTE)                                                            \
        else if (coded)                                                                                     \
            SCAN(g8[i], padded[codes[i]], NOTE)                                                             \
        else if (wide)                                                                                      \
            SCAN(g16[i], table[pair1[row]], NOTE)                                                           \
        else                                                                                                \
            SCAN(g8[i], table[pair1[row]], NOTE)                                                            \
    }

#define TOUCH (touched[nt] = (int32_t)row, nt += before == 0.0)
/* One posting's contribution (impact * idf, times `times` if more than 1) added to its passage's score, in
 * rank-bm25's order, the passage noted where it is first touched. */
#define ADD_IMPACT(IMPACT)                                                                                  \
    do {                                                                                                    \
        double value = (IMPACT) * idf;                                                                      \
        if (times > 1)                                                                                      \
            value *= times;                                                                                 \
        double before = acc[row];                                                                           \
        TOUCH;                                                                                              \
        acc[row] = before + value;                                                                          \
    } while (0)

/* Adds the term's contributions (impact * idf, times `times` if more than 1) into acc at its passages,
 * noting first-touched passages. Returns the new number of touched passages, or -1 where the postings are
 * out of range. */
static Py_ssize_t add_term(Columns *self, const Term *t, int times, Py_ssize_t nt)
{
    const Array *a = self->a;
    const int64_t len = t->len, start = t->start, n = self->passages;
    if (!len)
        return nt;
    const double idf = t->idf;
    const double *table = (const double *)a[TABLE].data;
    const uint16_t *pair1 = self->pair1;
    const double *padded = self->padded;
    const Py_ssize_t table_size = a[TABLE].size;
    const int wide = t->wide, coded = t->coded;
    const uint8_t *g8 = t->g8, *codes = t->codes;
    const uint16_t *g16 = t->g16;
    Py_ssize_t e = t->e, c = t->c;
    int64_t next_exc = e < t->e_end ? get_int(&a[EXC_POS], e) - start : len;
    int64_t next_code = c < t->c_end ? get_int(&a[CODE_POS], c) - start : len;
    double *acc = self->acc;
    int32_t *touched = self->touched;
    int64_t row = t->first;
    int64_t i = 0;
    while (i < len) {
        /* The postings up to the next exception or code kept apart, in one tight loop. */
        int64_t stop = next_exc < next_code ? next_exc : next_code;
        if (i == 0 && stop > 0) { /* the first posting: its passage is the term's first */
            if ((uint64_t)row >= (uint64_t)n)
                return -1;
            double impact = coded ? (codes[0] < table_size ? table[codes[0]] : -1.0) :
                table[get_int(&a[PAIR1], row)];
            if (impact < 0.0)
                return -1;
            ADD_IMPACT(impact);
            i = 1;
        }
        /* One loop per stored form (tf-1 codes of 16 bits: nearly always). */
        if (times == 1 && (coded || pair1)) {
            SCAN_FORMS(TOUCH)
        } else {
            for (; i < stop; i++) {
                row += wide ? g16[i] : g8[i];
                if ((uint64_t)row >= (uint64_t)n)
                    return -1;
                double impact;
                if (coded) {
                    uint8_t code = codes[i];
                    if (code >= table_size)
                        return -1;
                    impact = table[code];
                } else {
                    impact = table[get_int(&a[PAIR1], row)];
                }
                ADD_IMPACT(impact);
            }
        }
        if (i >= len)
            break;
        /* Posting i is an exception, a code kept apart, or both. */
        if (i == next_exc) {
            if (i)
                row += get_int(&a[EXC_VAL], e);
            e++;
            next_exc = e < t->e_end ? get_int(&a[EXC_POS], e) - start : len;
        } else if (i) {
            row += wide ? g16[i] : g8[i];
        }
        if ((uint64_t)row >= (uint64_t)n)
            return -1;
        Py_ssize_t apart = -1;
        if (i == next_code) {
            apart = c++;
            next_code = c < t->c_end ? get_int(&a[CODE_POS], c) - start : len;
        }
        double impact = impact_of(self, t, i, row, apart);
        if (impact < 0.0)
            return -1;
        ADD_IMPACT(impact);
        i++;
    }
    return nt;
}

/* Adds the term's contribution (impact * idf) to exact[ci] for each candidate passage cand[ci] (ascending)
 * it holds, decoding only the blocks of `skip` postings that may hold one. 0, or -1 where the postings are
 * out of range. */
static int lookup_term(const Columns *self, const Term *t, const int32_t *cand, Py_ssize_t ncand, double *exact)
{
    const Array *a = self->a;
    if (!t->len)
        return 0;
    const Py_ssize_t nb = t->s_end - t->s;
    const Py_ssize_t skip = self->skip;
    Py_ssize_t ci = 0, b = 0;
    while (ci < ncand) {
        int64_t want = cand[ci];
        while (b + 1 < nb && get_int(&a[SKIP_ROWS], t->s + b + 1) <= want)
            b++;
        int64_t row = get_int(&a[SKIP_ROWS], t->s + b);
        if (row > want) { /* before the term's first passage */
            ci++;
            continue;
        }
        /* Decode block b, matching the candidates it may hold. */
        int64_t i = b * skip, stop = i + skip < t->len ? i + skip : t->len;
        Py_ssize_t e = lower_bound_in(&a[EXC_POS], t->e, t->e_end, t->start + i + 1);
        Py_ssize_t c = lower_bound_in(&a[CODE_POS], t->c, t->c_end, t->start + i);
        int64_t next_exc = e < t->e_end ? get_int(&a[EXC_POS], e) - t->start : t->len;
        int64_t next_code = c < t->c_end ? get_int(&a[CODE_POS], c) - t->start : t->len;
        for (;;) {
            if ((uint64_t)row >= (uint64_t)self->passages)
                return -1;
            Py_ssize_t apart = -1;
            if (i == next_code) {
                apart = c++;
                next_code = c < t->c_end ? get_int(&a[CODE_POS], c) - t->start : t->len;
            }
            while (ci < ncand && cand[ci] < row)
                ci++;
            if (ci < ncand && cand[ci] == row) {
                double impact = impact_of(self, t, i, row, apart);
                if (impact < 0.0)
                    return -1;
                exact[ci] += impact * t->idf;
                ci++;
            }
            if (++i >= stop || ci >= ncand)
                break;
            if (i == next_exc) {
                row += get_int(&a[EXC_VAL], e++);
                next_exc = e < t->e_end ? get_int(&a[EXC_POS], e) - t->start : t->len;
            } else {
                row += t->wide ? t->g16[i] : t->g8[i];
            }
        }
        /* Candidates before the next block that the block did not hold are not the term's. */
        int64_t next = b + 1 < nb ? get_int(&a[SKIP_ROWS], t->s + b + 1) : INT64_MAX;
        while (ci < ncand && cand[ci] < next)
            ci++;
        b++;
        if (b >= nb)
            break;
    }
    return 0;
}

/* A min-heap of (score, passage) by worth: a lower score is worse, and at equal scores a later passage. */
typedef struct {
    double score;
    int32_t row;
} Entry;

static inline int worse(Entry x, Entry y)
{
    return x.score < y.score || (x.score == y.score && x.row > y.row);
}

static void sift_down(Entry *heap, Py_ssize_t size, Py_ssize_t i)
{
    for (;;) {
        Py_ssize_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < size && worse(heap[l], heap[m]))
            m = l;
        if (r < size && worse(heap[r], heap[m]))
            m = r;
        if (m == i)
            return;
        Entry t = heap[i];
        heap[i] = heap[m];
        heap[m] = t;
        i = m;
    }
}

/* Offers x to a heap of at most `wanted` entries holding `*size`. */
static inline void offer(Entry *heap, Py_ssize_t *size, Py_ssize_t wanted, Entry x)
{
    if (*size < wanted) {
        Py_ssize_t i = (*size)++;
        heap[i] = x;
        while (i) {
            Py_ssize_t p = (i - 1) / 2;
            if (!worse(heap[i], heap[p]))
                break;
            Entry t = heap[i];
            heap[i] = heap[p];
            heap[p] = t;
            i = p;
        }
    } else if (wanted && worse(heap[0], x)) {
        heap[0] = x;
        sift_down(heap, *size, 0);
    }
}

static int by_row(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

/* One query term's place in its postings while they are added window by window: posting i is the next to
 * add, `row` the passage of posting i - 1. */
typedef struct {
    Term t;
    int64_t i, row, next_exc, next_code;
    Py_ssize_t e, c;
    double *values; /* a coded term's contribution (impact * idf) for each byte code: one multiplication a code */
} Cursor;

static void open_cursor(const Columns *self, Cursor *s, double *values)
{
    const Array *a = self->a;
    const Term *t = &s->t;
    s->i = s->row = s->next_exc = s->next_code = 0;
    s->e = s->c = 0;
    s->values = values;
    if (!t->len)
        return;
    s->row = t->first;
    if (t->coded)
        for (int code = 0; code < 256; code++)
            values[code] = self->padded[code] * t->idf;
    s->e = t->e;
    s->c = t->c;
    s->next_exc = s->e < t->e_end ? get_int(&a[EXC_POS], s->e) - t->start : t->len;
    s->next_code = s->c < t->c_end ? get_int(&a[CODE_POS], s->c) - t->start : t->len;
}

/* Postings i to stop - 1 added while their passages lie below `limit`: the next passage is `row` plus GAP,
 * its contribution VALUE. */
#define SCAN_BELOW(GAP, VALUE)                                                                              \
    {                                                                                                       \
        for (; i < stop; i++) {                                                                             \
            int64_t next = row + (GAP);                                                                     \
            if ((uint64_t)next >= (uint64_t)limit)                                                          \
                goto pause;                                                                                 \
            row = next;                                                                                     \
            acc[row] = acc[row] + (VALUE);                                                                  \
        }                                                                                                   \
    }

/* Adds the term's contributions (impact * idf) at its passages below `limit`, from where the cursor stands;
 * the cursor is left at its first posting at `limit` or beyond. 0, or -1 for a code out of the table. */
static int add_below(const Columns *self, Cursor *s, int64_t limit)
{
    const Array *a = self->a;
    const Term *t = &s->t;
    const int64_t len = t->len, start = t->start;
    const double idf = t->idf;
    const double *table = (const double *)a[TABLE].data;
    const uint16_t *pair1 = self->pair1;
    const double *values = s->values;
    const int wide = t->wide, coded = t->coded;
    const uint8_t *g8 = t->g8, *codes = t->codes;
    const uint16_t *g16 = t->g16;
    double *acc = self->acc;
    int64_t i = s->i, row = s->row, next_exc = s->next_exc, next_code = s->next_code;
    Py_ssize_t e = s->e, c = s->c;
    while (i < len) {
        int64_t stop = next_exc < next_code ? next_exc : next_code;
        if (i) { /* the postings up to the next exception or code kept apart, one loop per stored form */
            if (coded && wide)
                SCAN_BELOW(g16[i], values[codes[i]])
            else if (coded)
                SCAN_BELOW(g8[i], values[codes[i]])
            else if (wide && pair1)
                SCAN_BELOW(g16[i], table[pair1[row]] * idf)
            else if (pair1)
                SCAN_BELOW(g8[i], table[pair1[row]] * idf)
            else
                SCAN_BELOW(wide ? g16[i] : g8[i], table[get_int(&a[PAIR1], row)] * idf)
            if (i >= len)
                break;
        }
        /* Posting i is the first, an exception, a code kept apart, or more than one of these. */
        int64_t next = !i ? t->first : i == next_exc ? row + get_int(&a[EXC_VAL], e) : row + (wide ? g16[i] : g8[i]);
        if (i && next <= row) /* passages ascend: a window already read is never written again */
            return -1;
        if ((uint64_t)next >= (uint64_t)limit)
            goto pause;
        if (i == next_exc) {
            e++;
            next_exc = e < t->e_end ? get_int(&a[EXC_POS], e) - start : len;
        }
        Py_ssize_t apart = -1;
        if (i == next_code) {
            apart = c++;
            next_code = c < t->c_end ? get_int(&a[CODE_POS], c) - start : len;
        }
        row = next;
        double impact = impact_of(self, t, i, row, apart);
        if (impact < 0.0)
            return -1;
        acc[row] = acc[row] + impact * idf;
        i++;
    }
pause:
    s->i = i;
    s->row = row;
    s->e = e;
    s->c = c;
    s->next_exc = next_exc;
    s->next_code = next_code;
    return 0;
}

/* Offers the passages lo to hi - 1 whose scores reach `*least` to the heap and zeroes their scores, in one
 * pass: eight at a time, their largest against the heap's least (mostly none can enter it). */
static void select_window(double *acc, Py_ssize_t lo, Py_ssize_t hi, Entry *heap, Py_ssize_t *size,
                          Py_ssize_t wanted, double *least)
{
    double floor = *least;
    Py_ssize_t row = lo;
    for (; row + 8 <= hi; row += 8) {
        double *p = acc + row;
        double m0 = p[0] > p[1] ? p[0] : p[1], m1 = p[2] > p[3] ? p[2] : p[3];
        double m2 = p[4] > p[5] ? p[4] : p[5], m3 = p[6] > p[7] ? p[6] : p[7];
        m0 = m0 > m1 ? m0 : m1;
        m2 = m2 > m3 ? m2 : m3;
        if ((m0 > m2 ? m0 : m2) >= floor)
            for (int r = 0; r < 8; r++)
                if (p[r] >= floor) {
                    Entry x = {p[r], (int32_t)(row + r)};
                    offer(heap, size, wanted, x);
                    if (*size == wanted)
                        floor = heap[0].score;
                }
        memset(p, 0, 8 * sizeof(double));
    }
    for (; row < hi; row++) {
        if (acc[row] >= floor) {
            Entry x = {acc[row], (int32_t)row};
            offer(heap, size, wanted, x);
            if (*size == wanted)
                floor = heap[0].score;
        }
        acc[row] = 0.0;
    }
    *least = floor;
}

/* Every posting of every term, window by window of 2**shift passages: in each, the terms' contributions in
 * query order (so each passage's sum is the same as term by term over all passages), then the window's
 * best offered to the heap while its scores are still in cache. 0, -1 for damaged postings, -2 for no
 * memory; acc is left all zeros. */
static int windowed(Columns *self, const Py_ssize_t *ids, Py_ssize_t count, Py_ssize_t wanted, int shift,
                    Entry *heap, Py_ssize_t *size)
{
    Cursor *cursors = PyMem_Malloc((count ? count : 1) * sizeof(Cursor));
    double *values = PyMem_Malloc((count ? count : 1) * 256 * sizeof(double));
    if (!cursors || !values) {
        PyMem_Free(cursors);
        PyMem_Free(values);
        return -2;
    }
    int status = 0;
    for (Py_ssize_t t = 0; t < count && !status; t++) {
        if (open_term(self, ids[t], &cursors[t].t) < 0)
            status = -1;
        else
            open_cursor(self, &cursors[t], values + 256 * t);
    }
    const int64_t n = self->passages, width = (int64_t)1 << shift;
    /* The heap's worst score once it is full; till then the least positive double (untouched passages
     * score 0.0). */
    double least = 4.9406564584124654e-324;
    *size = 0;
    for (int64_t lo = 0; lo < n && !status; lo += width) {
        int64_t hi = n - lo > width ? lo + width : n;
        for (Py_ssize_t t = 0; t < count && !status; t++)
            status = add_below(self, &cursors[t], hi);
        if (!status)
            select_window(self->acc, lo, hi, heap, size, wanted, &least);
    }
    for (Py_ssize_t t = 0; t < count && !status; t++)
        if (cursors[t].i < cursors[t].t.len) /* a passage past the last */
            status = -1;
    if (status)
        memset(self->acc, 0, (size_t)n * sizeof(double));
    PyMem_Free(cursors);
    PyMem_Free(values);
    return status;
}

/* Settings of the skipping of long postings (MaxScore). */
typedef struct {
    int64_t min_postings; /* tried before a term of at least this many postings (0: never) */
    int64_t ratio;        /* ... and at least this many times the postings read until then */
    int64_t lookup_cost;  /* it pays while candidates x this <= the postings skipped */
} Prune;

/* The best `wanted` passages with exact scores into heap / *size without reading the longest postings in
 * full; 1 if done, 0 where skipping cannot be shown safe or to pay (acc left all zeros), -1 for damaged
 * postings (acc left all zeros).
 *
 * Distinct terms are added (times their repeats) from the shortest postings up. Before a term much longer
 * than all read so far, if the wanted-th best partial score exceeds what the remaining terms could add at
 * most (idf x the term's largest impact x repeats), only the passages within that reach can be among the
 * best: their scores are then summed exactly, term by term in query order, each term's contributions
 * looked up through its skip entries. */
static int pruned(Columns *self, const Py_ssize_t *ids, Py_ssize_t count, Py_ssize_t wanted, Prune prune,
                  Entry *heap, Py_ssize_t *size)
{
    const Array *a = self->a;
    Py_ssize_t m = 0;
    Py_ssize_t *dj = PyMem_Malloc(count * sizeof(Py_ssize_t));
    int *times = PyMem_Malloc(count * sizeof(int));
    Term *terms = PyMem_Malloc(count * sizeof(Term));
    double *bound = PyMem_Malloc(count * sizeof(double));
    int32_t *cand = NULL;
    double *exact = NULL;
    int status = 0;
    Py_ssize_t nt = 0;
    if (!dj || !times || !terms || !bound) {
        status = -2;
        goto done;
    }
    for (Py_ssize_t t = 0; t < count; t++) {
        Py_ssize_t k = 0;
        while (k < m && dj[k] != ids[t])
            k++;
        if (k == m) {
            dj[m] = ids[t];
            times[m] = 0;
            if (open_term(self, ids[t], &terms[m]) < 0) {
                status = -1;
                goto done;
            }
            m++;
        }
        times[k]++;
    }
    /* From the shortest postings up (stable: equal lengths keep query order). */
    for (Py_ssize_t k = 1; k < m; k++) {
        Py_ssize_t j = dj[k];
        int r = times[k];
        Term t = terms[k];
        Py_ssize_t q = k;
        while (q > 0 && terms[q - 1].len > t.len) {
            dj[q] = dj[q - 1];
            times[q] = times[q - 1];
            terms[q] = terms[q - 1];
            q--;
        }
        dj[q] = j;
        times[q] = r;
        terms[q] = t;
    }
    for (Py_ssize_t k = 0; k < m; k++)
        bound[k] = terms[k].idf * get_float(&a[MAXIMA_INDEX], dj[k]) * times[k];
    int64_t read = 0;
    Py_ssize_t last_try = 0;
    for (Py_ssize_t k = 0; k < m; k++) {
        if (k && terms[k].len >= prune.min_postings && terms[k].len >= prune.ratio * read)
            last_try = k;
        read += terms[k].len;
    }
    if (!last_try)
        goto done;
    read = 0;
    Py_ssize_t ncand = -1;
    double *acc = self->acc;
    for (Py_ssize_t k = 0; k <= last_try; k++) {
        if (k && terms[k].len >= prune.min_postings && terms[k].len >= prune.ratio * read && nt >= wanted) {
            double rest = 0.0;
            int64_t skipped = 0;
            for (Py_ssize_t q = k; q < m; q++) {
                rest += bound[q];
                skipped += terms[q].len;
            }
            /* The wanted-th best partial score: every passage's final score is at least its partial one. */
            Entry *kth = heap;
            Py_ssize_t filled = 0;
            double least = -HUGE_VAL;
            for (Py_ssize_t i = 0; i < nt; i++) {
                Entry x = {acc[self->touched[i]], self->touched[i]};
                if (x.score >= least) {
                    offer(kth, &filled, wanted, x);
                    if (filled == wanted)
                        least = kth[0].score;
                }
            }
            double best = kth[0].score;
            double margin = 1e-9 * (fabs(best) + rest) + 1e-12; /* partial sums are added in another order */
            if (filled == wanted && rest + margin < best) {
                double floor = best - rest - margin;
                Py_ssize_t n = 0;
                for (Py_ssize_t i = 0; i < nt; i++)
                    n += acc[self->touched[i]] >= floor;
                if (n * prune.lookup_cost <= skipped) {
                    cand = PyMem_Malloc((n ? n : 1) * sizeof(int32_t));
                    exact = PyMem_Calloc(n ? n : 1, sizeof(double));
                    if (!cand || !exact) {
                        status = -2;
                        goto done;
                    }
                    ncand = 0;
                    for (Py_ssize_t i = 0; i < nt; i++)
                        if (acc[self->touched[i]] >= floor)
                            cand[ncand++] = self->touched[i];
                    break;
                }
            }
        }
        if (k == last_try)
            break;
        Py_ssize_t got = add_term(self, &terms[k], times[k], nt);
        if (got < 0) {
            status = -1;
            goto done;
        }
        nt = got;
        read += terms[k].len;
    }
    if (ncand < 0)
        goto done;
    /* Exact scores of the candidates: every term, in query order, from 0.0. */
    qsort(cand, ncand, sizeof(int32_t), by_row);
    for (Py_ssize_t t = 0; t < count; t++) {
        Py_ssize_t k = 0;
        while (dj[k] != ids[t])
            k++;
        if (lookup_term(self, &terms[k], cand, ncand, exact) < 0) {
            status = -1;
            goto done;
        }
    }
    *size = 0;
    for (Py_ssize_t i = 0; i < ncand; i++) {
        Entry x = {exact[i], cand[i]};
        offer(heap, size, wanted, x);
    }
    status = 1;
done:
    for (Py_ssize_t i = 0; i < nt; i++)
        self->acc[self->touched[i]] = 0.0;
    PyMem_Free(dj);
    PyMem_Free(times);
    PyMem_Free(terms);
    PyMem_Free(bound);
    PyMem_Free(cand);
    PyMem_Free(exact);
    return status;
}

static PyObject *Columns_top(Columns *self, PyObject *args)
{
    PyObject *terms;
    Py_ssize_t wanted;
    Prune prune = {0, 0, 0};
    long long dense_share = DENSE_SHARE;
    int shift = WINDOW_SHIFT;
    if (!PyArg_ParseTuple(args, "On|LiLLL", &terms, &wanted, &dense_share, &shift, &prune.min_postings,
                          &prune.ratio, &prune.lookup_cost))
        return NULL;
    if (shift < 0 || shift > 30)
        return PyErr_Format(PyExc_ValueError, "window: 2**0 to 2**30 passages");
    PyObject *seq = PySequence_Fast(terms, "terms: a sequence of term numbers");
    if (!seq)
        return NULL;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(seq);
    Py_ssize_t *ids = PyMem_Malloc((count ? count : 1) * sizeof(Py_ssize_t));
    if (!ids) {
        Py_DECREF(seq);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t t = 0; t < count; t++) {
        Py_ssize_t j = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, t));
        if (j == -1 && PyErr_Occurred()) {
            PyMem_Free(ids);
            Py_DECREF(seq);
            return NULL;
        }
        if (j < 0 || j >= self->terms) {
            PyMem_Free(ids);
            Py_DECREF(seq);
            return PyErr_Format(PyExc_IndexError, "term %zd out of range", j);
        }
        if (!(((const double *)self->a[IDF].data)[j] > 0.0)) { /* tiny corpora: every passage is scored */
            PyMem_Free(ids);
            Py_DECREF(seq);
            Py_RETURN_NONE;
        }
        ids[t] = j;
    }
    Py_DECREF(seq);
    if (wanted < 0)
        wanted = 0;
    if (wanted > self->passages)
        wanted = self->passages;
    if (!self->acc && self->passages) {
        self->acc = PyMem_Calloc((size_t)self->passages, sizeof(double));
        /* one more: a passage is written at the end before it is known to be new */
        self->touched = PyMem_Malloc(((size_t)self->passages + 1) * sizeof(int32_t));
        if (!self->acc || !self->touched) {
            PyMem_Free(self->acc);
            PyMem_Free(self->touched);
            self->acc = NULL;
            self->touched = NULL;
            PyMem_Free(ids);
            return PyErr_NoMemory();
        }
    }
    Entry *heap = PyMem_Malloc((wanted ? wanted : 1) * sizeof(Entry));
    if (!heap) {
        PyMem_Free(ids);
        return PyErr_NoMemory();
    }
    Py_ssize_t size = 0;
    int status = 0;
    if (prune.min_postings > 0 && count > 1 && wanted > 0)
        status = pruned(self, ids, count, wanted, prune, heap, &size);
    if (status == 1)
        self->skipped++;
    if (status == 0) { /* every posting of every term, in query order */
        /* Many postings: summed window by window (no branch per posting on whether a passage is new, and
         * the window's scores stay in cache); few: the passages touched are listed as they are. */
        int64_t postings = 0;
        for (Py_ssize_t t = 0; t < count; t++)
            postings += get_int(&self->a[COL_PTR], ids[t] + 1) - get_int(&self->a[COL_PTR], ids[t]);
        if (postings * dense_share >= self->passages) {
            status = windowed(self, ids, count, wanted, shift, heap, &size);
        } else {
            Py_ssize_t nt = 0;
            for (Py_ssize_t t = 0; t < count && status == 0; t++) {
                Term term;
                Py_ssize_t got = open_term(self, ids[t], &term) < 0 ? -1 : add_term(self, &term, 1, nt);
                if (got < 0)
                    status = -1;
                else
                    nt = got;
            }
            double *acc = self->acc;
            size = 0;
            /* The heap's worst score once it is full; till then the least positive double (untouched
             * passages score 0.0). */
            double least = 4.9406564584124654e-324;
            const int32_t *touched = self->touched;
            for (Py_ssize_t i = 0; i < nt; i++) {
                int32_t row = touched[i];
                double score = acc[row];
                acc[row] = 0.0;
                if (score >= least) {
                    Entry x = {score, row};
                    offer(heap, &size, wanted, x);
                    if (size == wanted)
                        least = heap[0].score;
                }
            }
        }
    }
    PyMem_Free(ids);
    if (status < 0) {
        PyMem_Free(heap);
        if (status == -2)
            return PyErr_NoMemory();
        PyErr_SetString(PyExc_ValueError, "the postings are damaged");
        return NULL;
    }
    /* Best first: pop the worst into the last free place. */
    PyObject *out = PyList_New(size);
    if (!out) {
        PyMem_Free(heap);
        return NULL;
    }
    for (Py_ssize_t k = size - 1; k >= 0; k--) {
        Entry x = heap[0];
        heap[0] = heap[k];
        sift_down(heap, k, 0);
        PyObject *pair = Py_BuildValue("(nd)", (Py_ssize_t)x.row, x.score);
        if (!pair) {
            Py_DECREF(out);
            PyMem_Free(heap);
            return NULL;
        }
        PyList_SET_ITEM(out, k, pair);
    }
    PyMem_Free(heap);
    return out;
}

static PyMethodDef Columns_methods[] = {
    {"top", (PyCFunction)Columns_top, METH_VARARGS,
     "top(terms, wanted, window_share=4, window_shift=16, prune_min=0, prune_ratio=0, lookup_cost=0) -> [(passage, score)], best first, ties "
     "to the earlier passage: the best `wanted` of the passages the terms' postings touch (term numbers in "
     "query order, repeats counting again), or None where a term's idf is not positive. With prune_min > 0, the longest postings are "
     "skipped where they cannot change the result."},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef Columns_members[] = {
    {"skipped", T_PYSSIZET, offsetof(Columns, skipped), READONLY,
     "queries answered without reading some postings in full"},
    {NULL, 0, 0, 0, NULL}
};

static PyTypeObject ColumnsType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "index.ranking.cscan.Columns",
    .tp_basicsize = sizeof(Columns),
    .tp_dealloc = (destructor)Columns_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Columns(col_ptr, offset, wide, gaps8, gaps16, exc_pos, exc_val, exc_ptr, first, coded, "
              "code_offset, codes, pair1, table, code_pos, code_val, idf, skip_rows, skip_ptr, maxima, passages, skip): a query's scores over "
              "stored term columns (index/ranking/postings.py).",
    .tp_methods = Columns_methods,
    .tp_members = Columns_members,
    .tp_init = (initproc)Columns_init,
    .tp_new = PyType_GenericNew,
};

/* --- words by hash: index/text/thesaurus.PackedWords's lookups ------------------------------------------- */

typedef struct {
    PyObject_HEAD
    Array hashes, starts, ends, blob; /* uint64 ascending, int64, int64, the words' UTF-8 */
    int opened;
} WordTable;

static void WordTable_dealloc(WordTable *self)
{
    Array *arrays[4] = {&self->hashes, &self->starts, &self->ends, &self->blob};
    for (int i = 0; i < self->opened; i++)
        PyBuffer_Release(&arrays[i]->view);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int WordTable_init(WordTable *self, PyObject *args, PyObject *kwds)
{
    PyObject *objs[4];
    Array *arrays[4] = {&self->hashes, &self->starts, &self->ends, &self->blob};
    static const char *names[4] = {"hashes", "starts", "ends", "blob"};
    if ((kwds && PyDict_Size(kwds)) || !PyArg_ParseTuple(args, "OOOO", &objs[0], &objs[1], &objs[2], &objs[3]))
        return -1;
    if (self->opened) {
        PyErr_SetString(PyExc_TypeError, "WordTable is initialized once");
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        if (open_array(objs[i], arrays[i], names[i], 0) < 0)
            return -1;
        self->opened = i + 1;
    }
    if (self->hashes.kind != 'Q' || self->starts.kind != 'q' || self->ends.kind != 'q' ||
        self->blob.view.itemsize != 1 || self->starts.size != self->hashes.size ||
        self->ends.size != self->hashes.size) {
        PyErr_SetString(PyExc_TypeError, "hashes uint64, starts and ends int64 of one length, blob bytes");
        return -1;
    }
    const int64_t *st = (const int64_t *)self->starts.data, *en = (const int64_t *)self->ends.data;
    for (Py_ssize_t i = 0; i < self->hashes.size; i++)
        if (st[i] < 0 || en[i] < st[i] || en[i] > self->blob.size) {
            PyErr_SetString(PyExc_ValueError, "a word lies outside the blob");
            return -1;
        }
    return 0;
}

/* find(word) -> its index, or -1: the FNV-1a hash of its UTF-8 found by binary search, the word checked. */
static PyObject *WordTable_find(WordTable *self, PyObject *word)
{
    if (!PyUnicode_Check(word))
        return PyLong_FromLong(-1);
    Py_ssize_t n;
    const char *utf8 = PyUnicode_AsUTF8AndSize(word, &n);
    if (!utf8)
        return NULL;
    uint64_t hashed = 0xCBF29CE484222325ULL;
    for (Py_ssize_t i = 0; i < n; i++)
        hashed = (hashed ^ (uint8_t)utf8[i]) * 0x100000001B3ULL;
    const uint64_t *hashes = (const uint64_t *)self->hashes.data;
    const int64_t *st = (const int64_t *)self->starts.data, *en = (const int64_t *)self->ends.data;
    const char *blob = (const char *)self->blob.data;
    Py_ssize_t lo = 0, hi = self->hashes.size;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (hashes[mid] < hashed)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < self->hashes.size && hashes[lo] == hashed; lo++)
        if (en[lo] - st[lo] == n && memcmp(blob + st[lo], utf8, (size_t)n) == 0)
            return PyLong_FromSsize_t(lo);
    return PyLong_FromLong(-1);
}

static PyMethodDef WordTable_methods[] = {
    {"find", (PyCFunction)WordTable_find, METH_O,
     "find(word) -> the index of the word (its UTF-8 at blob[starts[i]:ends[i]], its FNV-1a hash hashes[i]), "
     "or -1."},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject WordTableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "index.ranking.cscan.WordTable",
    .tp_basicsize = sizeof(WordTable),
    .tp_dealloc = (destructor)WordTable_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "WordTable(hashes, starts, ends, blob): words found by their FNV-1a hash (sorted) and checked.",
    .tp_methods = WordTable_methods,
    .tp_init = (initproc)WordTable_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "cscan", "BM25 over compact term columns, and words found by hash, compiled (index/ranking/compiled.py).",
    -1, NULL, NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC PyInit_cscan(void)
{
    if (PyType_Ready(&ColumnsType) < 0 || PyType_Ready(&WordTableType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    Py_INCREF(&ColumnsType);
    if (PyModule_AddObject(m, "Columns", (PyObject *)&ColumnsType) < 0) {
        Py_DECREF(&ColumnsType);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&WordTableType);
    if (PyModule_AddObject(m, "WordTable", (PyObject *)&WordTableType) < 0) {
        Py_DECREF(&WordTableType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
