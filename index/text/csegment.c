/* jieba's segmentation compiled: `cut` (precise mode, with or without its HMM) and `cut_for_search`.
 *
 * The same steps as jieba/__init__.py and jieba/finalseg/__init__.py, and the same float64 operations in the
 * same order (built with floating-point contraction off, setup.py):
 *   - blocks: runs of re_han_default's characters ([\u4E00-\u9FD5a-zA-Z0-9+#&._%-]); other text is given
 *     character by character, "\r\n" as one;
 *   - the route: from the right, every dictionary word starting at a position scored as
 *     log(freq) - log(total) plus the best score after it, ties to the longer word; a position no word
 *     starts at is its character alone, scored as log(1) - log(total) (the log probabilities come from
 *     Python's math.log, index/text/native.py);
 *   - runs of single characters on the route: one character as it is, a dictionary word as its characters,
 *     else jieba's HMM (finalseg.cut): Viterbi over its runs of [\u4E00-\u9FD5] with jieba's tables
 *     (MIN_FLOAT for what they lack, (V + trans) + emit, ties to the later state letter), and its other
 *     text split by re_skip ([a-zA-Z0-9]+(?:\.\d+)?%?);
 *   - search mode: a word longer than two characters is preceded by its 2- then 3-character dictionary
 *     words.
 * The dictionary is a trie in arrays (index/text/native.py's Trie). Where each walk of the route starts and
 * ends in it can be noted, for the index's restricted dictionary: the same entries as the Python route notes.
 *
 * index/text/compiled.py wraps it; index/text/segment.py is the reference, used where it is not built.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#define HAN_FIRST 0x4E00
#define HAN_LAST 0x9FD5
#define HAN_COUNT (HAN_LAST - HAN_FIRST + 1)
#define ROOT_TABLE 0x10000

/* The HMM's states, numbered in the order of their letters (B < E < M < S): Python's max over
 * (probability, letter) tuples breaks ties to the later letter, here the larger number. */
enum { ST_B, ST_E, ST_M, ST_S };
/* jieba's PrevStatus: the states each state may follow. */
static const int PREV[4][2] = {
    [ST_B] = {ST_E, ST_S},
    [ST_E] = {ST_B, ST_M},
    [ST_M] = {ST_M, ST_B},
    [ST_S] = {ST_S, ST_E},
};
/* jieba's order of the states ('BMES') when it fills each step. */
static const int ORDER[4] = {ST_B, ST_M, ST_E, ST_S};

typedef struct {
    PyObject_HEAD
    Py_ssize_t nodes;
    int32_t *child_ptr;   /* nodes + 1 */
    uint32_t *child_chars;
    int32_t *child_nodes;
    double *lp;           /* log(freq) - log(total) of each node that is a word */
    uint8_t *is_word;     /* freq > 0 */
    int32_t *root;        /* the root's child for each code point below ROOT_TABLE, or 0 */
    double fallback;
    double start[4];
    double trans[4][4];
    double *emit;         /* HAN_COUNT x 4 */
    /* Entries the route's walks ended at: noted once each, listed until taken. */
    uint8_t *reached;
    int32_t *fresh;
    Py_ssize_t n_fresh, cap_fresh;
    int record;
    int ready;            /* initialized completely */
    /* Scratch, grown as needed. */
    Py_UCS4 *codes;
    double *score;
    int32_t *end;
    uint8_t *back;
    Py_ssize_t cap;
} Segmenter;

/* ---- arrays in ---- */

static int read_ints(PyObject *obj, const char *name, Py_ssize_t *n, int64_t **out)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    const char *f = view.format ? view.format : "B";
    while (*f == '<' || *f == '=' || *f == '@' || *f == '|')
        f++;
    int ok = (f[0] == 'q' || f[0] == 'l' || f[0] == 'Q' || f[0] == 'L') && view.itemsize == 8;
    int is_bool = (f[0] == '?' || f[0] == 'B' || f[0] == 'b') && view.itemsize == 1;
    if (!ok && !is_bool) {
        PyBuffer_Release(&view);
        PyErr_Format(PyExc_TypeError, "%s: int64 or bool array expected", name);
        return -1;
    }
    *n = view.len / view.itemsize;
    *out = PyMem_Malloc((size_t)(*n ? *n : 1) * sizeof(int64_t));
    if (!*out) {
        PyBuffer_Release(&view);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < *n; i++)
        (*out)[i] = ok ? ((const int64_t *)view.buf)[i] : ((const uint8_t *)view.buf)[i];
    PyBuffer_Release(&view);
    return 0;
}

static int read_doubles(PyObject *obj, const char *name, Py_ssize_t want, double *out, double **alloc)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    const char *f = view.format ? view.format : "B";
    while (*f == '<' || *f == '=' || *f == '@' || *f == '|')
        f++;
    if (f[0] != 'd' || view.itemsize != 8 || (want >= 0 && view.len / 8 != want)) {
        PyBuffer_Release(&view);
        PyErr_Format(PyExc_TypeError, "%s: %zd float64 expected", name, want);
        return -1;
    }
    if (alloc) {
        *alloc = PyMem_Malloc((size_t)view.len);
        if (!*alloc) {
            PyBuffer_Release(&view);
            PyErr_NoMemory();
            return -1;
        }
        out = *alloc;
    }
    memcpy(out, view.buf, (size_t)view.len);
    PyBuffer_Release(&view);
    return 0;
}

static void Segmenter_dealloc(Segmenter *self)
{
    PyMem_Free(self->child_ptr);
    PyMem_Free(self->child_chars);
    PyMem_Free(self->child_nodes);
    PyMem_Free(self->lp);
    PyMem_Free(self->is_word);
    PyMem_Free(self->root);
    PyMem_Free(self->emit);
    PyMem_Free(self->reached);
    PyMem_Free(self->fresh);
    PyMem_Free(self->codes);
    PyMem_Free(self->score);
    PyMem_Free(self->end);
    PyMem_Free(self->back);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Segmenter_init(Segmenter *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"child_ptr", "child_chars", "child_nodes", "lp", "is_word", "fallback", "start",
                             "trans", "emit", NULL};
    PyObject *o_ptr, *o_chars, *o_nodes, *o_lp, *o_word, *o_start, *o_trans, *o_emit;
    double fallback;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOOOdOOO", kwlist, &o_ptr, &o_chars, &o_nodes, &o_lp,
                                     &o_word, &fallback, &o_start, &o_trans, &o_emit))
        return -1;
    if (self->child_ptr || self->lp || self->emit) {
        PyErr_SetString(PyExc_RuntimeError, "Segmenter is initialized once");
        return -1;
    }
    int64_t *ptr = NULL, *chars = NULL, *cnodes = NULL, *word = NULL;
    Py_ssize_t n_ptr, n_chars, n_nodes, n_word;
    int rc = -1;
    if (read_ints(o_ptr, "child_ptr", &n_ptr, &ptr) < 0 || read_ints(o_chars, "child_chars", &n_chars, &chars) < 0
        || read_ints(o_nodes, "child_nodes", &n_nodes, &cnodes) < 0 || read_ints(o_word, "is_word", &n_word, &word) < 0)
        goto done;
    Py_ssize_t nodes = n_word;
    if (n_ptr != nodes + 1 || n_chars != n_nodes || nodes < 1 || ptr[nodes] != n_chars || n_chars != nodes - 1) {
        PyErr_SetString(PyExc_ValueError, "the trie's arrays do not fit together");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n_chars; i++) {
        if (cnodes[i] <= 0 || cnodes[i] >= nodes || chars[i] < 0 || chars[i] > 0x10FFFF) {
            PyErr_SetString(PyExc_ValueError, "the trie's arrays do not fit together");
            goto done;
        }
    }
    for (Py_ssize_t i = 0; i < nodes; i++) {
        if (ptr[i] < 0 || ptr[i] > ptr[i + 1]) {
            PyErr_SetString(PyExc_ValueError, "the trie's arrays do not fit together");
            goto done;
        }
    }
    self->nodes = nodes;
    self->child_ptr = PyMem_Malloc((size_t)(nodes + 1) * sizeof(int32_t));
    self->child_chars = PyMem_Malloc((size_t)(n_chars + 1) * sizeof(uint32_t));
    self->child_nodes = PyMem_Malloc((size_t)(n_chars + 1) * sizeof(int32_t));
    self->is_word = PyMem_Malloc((size_t)nodes);
    self->reached = PyMem_Calloc((size_t)nodes, 1);
    self->root = PyMem_Calloc(ROOT_TABLE, sizeof(int32_t));
    if (!self->child_ptr || !self->child_chars || !self->child_nodes || !self->is_word || !self->reached || !self->root) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i <= nodes; i++)
        self->child_ptr[i] = (int32_t)ptr[i];
    for (Py_ssize_t i = 0; i < n_chars; i++) {
        self->child_chars[i] = (uint32_t)chars[i];
        self->child_nodes[i] = (int32_t)cnodes[i];
    }
    for (Py_ssize_t i = 0; i < nodes; i++)
        self->is_word[i] = word[i] != 0;
    for (int32_t k = self->child_ptr[0]; k < self->child_ptr[1]; k++)
        if (self->child_chars[k] < ROOT_TABLE)
            self->root[self->child_chars[k]] = self->child_nodes[k];
    if (read_doubles(o_lp, "lp", nodes, NULL, &self->lp) < 0 || read_doubles(o_start, "start", 4, self->start, NULL) < 0
        || read_doubles(o_trans, "trans", 16, &self->trans[0][0], NULL) < 0
        || read_doubles(o_emit, "emit", (Py_ssize_t)HAN_COUNT * 4, NULL, &self->emit) < 0)
        goto done;
    self->fallback = fallback;
    self->ready = 1;
    rc = 0;
done:
    PyMem_Free(ptr);
    PyMem_Free(chars);
    PyMem_Free(cnodes);
    PyMem_Free(word);
    return rc;
}

static int grow(Segmenter *self, Py_ssize_t n)
{
    if (n <= self->cap)
        return 0;
    Py_ssize_t cap = n < 256 ? 256 : n * 2;
    Py_UCS4 *codes = PyMem_Realloc(self->codes, (size_t)cap * sizeof(Py_UCS4));
    if (codes)
        self->codes = codes;
    double *score = PyMem_Realloc(self->score, (size_t)(cap + 1) * sizeof(double));
    if (score)
        self->score = score;
    int32_t *end = PyMem_Realloc(self->end, (size_t)cap * sizeof(int32_t));
    if (end)
        self->end = end;
    uint8_t *back = PyMem_Realloc(self->back, (size_t)cap * 4);
    if (back)
        self->back = back;
    if (!codes || !score || !end || !back) {
        PyErr_NoMemory();
        return -1;
    }
    self->cap = cap;
    return 0;
}

/* ---- the trie ---- */

static inline int32_t child(const Segmenter *self, int32_t node, Py_UCS4 c)
{
    if (node == 0 && c < ROOT_TABLE)
        return self->root[c];
    int32_t lo = self->child_ptr[node], hi = self->child_ptr[node + 1];
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (self->child_chars[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < self->child_ptr[node + 1] && self->child_chars[lo] == c)
        return self->child_nodes[lo];
    return 0;
}

/* Is codes[a:b] a dictionary word of non-zero frequency (jieba: `FREQ.get(word)` is true)? */
static int is_word(const Segmenter *self, const Py_UCS4 *codes, Py_ssize_t a, Py_ssize_t b)
{
    int32_t node = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        node = child(self, node, codes[i]);
        if (!node)
            return 0;
    }
    return node != 0 && self->is_word[node];
}

static int note(Segmenter *self, int32_t node)
{
    if (self->reached[node])
        return 0;
    if (self->n_fresh == self->cap_fresh) {
        Py_ssize_t cap = self->cap_fresh ? self->cap_fresh * 2 : 1024;
        int32_t *fresh = PyMem_Realloc(self->fresh, (size_t)cap * sizeof(int32_t));
        if (!fresh) {
            PyErr_NoMemory();
            return -1;
        }
        self->fresh = fresh;
        self->cap_fresh = cap;
    }
    self->reached[node] = 1;
    self->fresh[self->n_fresh++] = node;
    return 0;
}

/* jieba's route through codes[a:b]: end[i] (absolute) is the last position of the word starting at i. */
static int route(Segmenter *self, Py_ssize_t a, Py_ssize_t b)
{
    const Py_UCS4 *codes = self->codes;
    double *score = self->score; /* score[i - a] */
    int32_t *end = self->end;
    Py_ssize_t n = b - a;
    score[n] = 0.0;
    for (Py_ssize_t idx = n - 1; idx >= 0; idx--) {
        double best = 0.0;
        Py_ssize_t best_x = -1;
        int32_t node = 0, first = 0, last = 0;
        for (Py_ssize_t i = idx; i < n; i++) {
            node = child(self, node, codes[a + i]);
            if (!node)
                break;
            if (!first)
                first = node;
            last = node;
            if (self->is_word[node]) {
                double sc = self->lp[node] + score[i + 1];
                if (best_x < 0 || sc >= best) {
                    best = sc;
                    best_x = i;
                }
            }
        }
        /* As index/text/segment.py notes them: the character (where the dictionary has it) and the walk's end. */
        if (last && self->record && (note(self, first) < 0 || note(self, last) < 0))
            return -1;
        if (best_x < 0) {
            best = self->fallback + score[idx + 1];
            best_x = idx;
        }
        score[idx] = best;
        end[a + idx] = (int32_t)(a + best_x);
    }
    return 0;
}

/* ---- output ---- */

static inline int emit(PyObject *out, PyObject *text, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *word = PyUnicode_Substring(text, a, b);
    if (!word)
        return -1;
    int rc = PyList_Append(out, word);
    Py_DECREF(word);
    return rc;
}

static inline int is_han(Py_UCS4 c) { return c >= HAN_FIRST && c <= HAN_LAST; }
static inline int is_alnum(Py_UCS4 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
static inline int is_digit(Py_UCS4 c) { return c >= '0' && c <= '9'; }

/* re_han_default's characters. */
static inline int in_block(Py_UCS4 c)
{
    return is_han(c) || is_alnum(c) || c == '+' || c == '#' || c == '&' || c == '.' || c == '_' || c == '%' || c == '-';
}

static inline double emission(const Segmenter *self, int state, Py_UCS4 c)
{
    return self->emit[(size_t)(c - HAN_FIRST) * 4 + (size_t)state];
}

/* finalseg's viterbi over codes[a:b] (all in [\u4E00-\u9FD5]): the best path's states into back[(t - a) * 4]
 * and its log probability into *prob. */
static void viterbi(Segmenter *self, Py_ssize_t a, Py_ssize_t b, double *prob)
{
    const Py_UCS4 *codes = self->codes;
    uint8_t *back = self->back; /* back[(t - a) * 4 + y]: the state before y at t */
    double v[4], nv[4];
    for (int k = 0; k < 4; k++) {
        int y = ORDER[k];
        v[y] = self->start[y] + emission(self, y, codes[a]);
    }
    for (Py_ssize_t t = a + 1; t < b; t++) {
        for (int k = 0; k < 4; k++) {
            int y = ORDER[k];
            double em = emission(self, y, codes[t]);
            int y0 = PREV[y][0], y1 = PREV[y][1];
            double p0 = v[y0] + self->trans[y0][y] + em;
            double p1 = v[y1] + self->trans[y1][y] + em;
            /* max((p0, y0), (p1, y1)) */
            int take1 = p1 > p0 || (p1 == p0 && y1 > y0);
            nv[y] = take1 ? p1 : p0;
            back[(t - a) * 4 + y] = (uint8_t)(take1 ? y1 : y0);
        }
        memcpy(v, nv, sizeof v);
    }
    int state = v[ST_S] > v[ST_E] || v[ST_S] == v[ST_E] ? ST_S : ST_E;
    *prob = v[state];
    /* The states, right to left, into back[(t - a) * 4] (a slot whose choice is read before it is written). */
    for (Py_ssize_t t = b - 1; t >= a; t--) {
        int prev = t > a ? back[(t - a) * 4 + state] : 0;
        back[(t - a) * 4] = (uint8_t)state;
        state = prev;
    }
}

/* finalseg's __cut over codes[a:b]: the words of the best path's states. */
static int hmm_words(Segmenter *self, PyObject *text, PyObject *out, Py_ssize_t a, Py_ssize_t b)
{
    double prob;
    viterbi(self, a, b, &prob);
    const uint8_t *back = self->back;
    Py_ssize_t begin = 0, next = 0, n = b - a;
    for (Py_ssize_t i = 0; i < n; i++) {
        int pos = back[i * 4];
        if (pos == ST_B) {
            begin = i;
        } else if (pos == ST_E) {
            if (emit(out, text, a + begin, a + i + 1) < 0)
                return -1;
            next = i + 1;
        } else if (pos == ST_S) {
            if (emit(out, text, a + i, a + i + 1) < 0)
                return -1;
            next = i + 1;
        }
    }
    if (next < n && emit(out, text, a + next, b) < 0)
        return -1;
    return 0;
}

/* finalseg.cut over codes[a:b]: Viterbi for the runs of [\u4E00-\u9FD5], re_skip's split for the rest. */
static int hmm(Segmenter *self, PyObject *text, PyObject *out, Py_ssize_t a, Py_ssize_t b)
{
    const Py_UCS4 *codes = self->codes;
    Py_ssize_t i = a;
    while (i < b) {
        Py_ssize_t j = i;
        if (is_han(codes[i])) {
            while (j < b && is_han(codes[j]))
                j++;
            if (hmm_words(self, text, out, i, j) < 0)
                return -1;
            i = j;
            continue;
        }
        while (j < b && !is_han(codes[j]))
            j++;
        /* re_skip.split over codes[i:j]: its matches, and the text between them, each given if not empty */
        Py_ssize_t gap = i, k = i;
        while (k < j) {
            if (!is_alnum(codes[k])) {
                k++;
                continue;
            }
            Py_ssize_t m = k;
            while (m < j && is_alnum(codes[m]))
                m++;
            if (m + 1 < j && codes[m] == '.' && is_digit(codes[m + 1])) {
                m += 2;
                while (m < j && is_digit(codes[m]))
                    m++;
            }
            if (m < j && codes[m] == '%')
                m++;
            if (k > gap && emit(out, text, gap, k) < 0)
                return -1;
            if (emit(out, text, k, m) < 0)
                return -1;
            gap = k = m;
        }
        if (j > gap && emit(out, text, gap, j) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* A run of single characters on the route (jieba's `buf`), as __cut_DAG gives it. */
static int flush(Segmenter *self, PyObject *text, PyObject *out, Py_ssize_t a, Py_ssize_t b)
{
    if (b - a == 1)
        return emit(out, text, a, b);
    if (!is_word(self, self->codes, a, b))
        return hmm(self, text, out, a, b);
    for (Py_ssize_t i = a; i < b; i++)
        if (emit(out, text, i, i + 1) < 0)
            return -1;
    return 0;
}

/* __cut_DAG (with_hmm) or __cut_DAG_NO_HMM over the block codes[a:b]. */
static int cut_block(Segmenter *self, PyObject *text, PyObject *out, Py_ssize_t a, Py_ssize_t b, int with_hmm)
{
    if (route(self, a, b) < 0)
        return -1;
    const int32_t *end = self->end;
    Py_ssize_t x = a, buf = -1; /* buf: where the run of single characters started, or -1 */
    while (x < b) {
        Py_ssize_t y = end[x] + 1;
        int single = with_hmm ? y - x == 1 : y - x == 1 && is_alnum(self->codes[x]);
        if (single) {
            if (buf < 0)
                buf = x;
        } else {
            if (buf >= 0) {
                if ((with_hmm ? flush(self, text, out, buf, x) : emit(out, text, buf, x)) < 0)
                    return -1;
                buf = -1;
            }
            if (emit(out, text, x, y) < 0)
                return -1;
        }
        x = y;
    }
    if (buf >= 0)
        return with_hmm ? flush(self, text, out, buf, b) : emit(out, text, buf, b);
    return 0;
}

static int load(Segmenter *self, PyObject *text);

/* jieba's `cut(text, HMM=with_hmm)` into `out`. */
static int cut(Segmenter *self, PyObject *text, PyObject *out, int with_hmm)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (load(self, text) < 0)
        return -1;
    const Py_UCS4 *codes = self->codes;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t j = i;
        if (in_block(codes[i])) {
            while (j < n && in_block(codes[j]))
                j++;
            if (cut_block(self, text, out, i, j, with_hmm) < 0)
                return -1;
        } else {
            j = i + (codes[i] == '\r' && i + 1 < n && codes[i + 1] == '\n' ? 2 : 1);
            if (emit(out, text, i, j) < 0)
                return -1;
        }
        i = j;
    }
    return 0;
}

/* cut_for_search's words for one word of `cut`, into `out`. */
static int expand(Segmenter *self, PyObject *word, PyObject *out)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    if (n > 2) {
        Py_UCS4 c[3];
        for (int size = 2; size <= 3; size++) {
            if (size == 3 && n <= 3)
                break;
            for (Py_ssize_t i = 0; i + size <= n; i++) {
                int32_t node = 0;
                for (int k = 0; k < size && (k == 0 || node); k++) {
                    c[k] = PyUnicode_READ_CHAR(word, i + k);
                    node = child(self, node, c[k]);
                }
                if (node && self->is_word[node] && emit(out, word, i, i + size) < 0)
                    return -1;
            }
        }
    }
    return PyList_Append(out, word);
}

/* ---- methods ---- */

static int check_ready(Segmenter *self)
{
    if (!self->ready) {
        PyErr_SetString(PyExc_RuntimeError, "Segmenter was not initialized");
        return -1;
    }
    return 0;
}

static int check_text(PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "a str expected");
        return -1;
    }
    return 0;
}

/* A new list of the text's words (`cut`), or NULL. */
static PyObject *cut_list(Segmenter *self, PyObject *text, int with_hmm)
{
    PyObject *out = PyList_New(0);
    if (!out)
        return NULL;
    if (cut(self, text, out, with_hmm) < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

static PyObject *Segmenter_cut(Segmenter *self, PyObject *args)
{
    PyObject *text;
    int with_hmm = 1;
    if (!PyArg_ParseTuple(args, "U|p", &text, &with_hmm))
        return NULL;
    return cut_list(self, text, with_hmm);
}

static PyObject *Segmenter_cut_for_search(Segmenter *self, PyObject *args)
{
    PyObject *text;
    int with_hmm = 1;
    if (!PyArg_ParseTuple(args, "U|p", &text, &with_hmm))
        return NULL;
    PyObject *words = cut_list(self, text, with_hmm);
    if (!words)
        return NULL;
    PyObject *out = PyList_New(0);
    if (!out)
        goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(words); i++)
        if (expand(self, PyList_GET_ITEM(words, i), out) < 0)
            goto fail;
    Py_DECREF(words);
    return out;
fail:
    Py_DECREF(words);
    Py_XDECREF(out);
    return NULL;
}

static PyObject *Segmenter_expand(Segmenter *self, PyObject *word)
{
    if (check_ready(self) < 0 || check_text(word) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (!out)
        return NULL;
    if (expand(self, word, out) < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* terms(text, hmm, cache, compute): for each word of `cut`, the list `cache[word]` (or `compute(word)` where
 * the cache lacks it), all joined. */
static PyObject *Segmenter_terms(Segmenter *self, PyObject *args)
{
    PyObject *text, *cache, *compute;
    int with_hmm;
    if (!PyArg_ParseTuple(args, "UpO!O", &text, &with_hmm, &PyDict_Type, &cache, &compute))
        return NULL;
    PyObject *words = cut_list(self, text, with_hmm);
    if (!words)
        return NULL;
    PyObject *out = PyList_New(0);
    if (!out)
        goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(words); i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        PyObject *terms = PyDict_GetItemWithError(cache, word); /* borrowed */
        if (terms) {
            Py_INCREF(terms);
        } else {
            if (PyErr_Occurred())
                goto fail;
            terms = PyObject_CallOneArg(compute, word);
            if (!terms)
                goto fail;
        }
        if (!PyList_Check(terms)) {
            Py_DECREF(terms);
            PyErr_SetString(PyExc_TypeError, "a word's terms must be a list");
            goto fail;
        }
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(terms); k++) {
            if (PyList_Append(out, PyList_GET_ITEM(terms, k)) < 0) {
                Py_DECREF(terms);
                goto fail;
            }
        }
        Py_DECREF(terms);
    }
    Py_DECREF(words);
    return out;
fail:
    Py_DECREF(words);
    Py_XDECREF(out);
    return NULL;
}

/* The text's code points into the scratch buffer (grown to hold them). */
static int load(Segmenter *self, PyObject *text)
{
    if (check_ready(self) < 0)
        return -1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (grow(self, n) < 0)
        return -1;
    if (n && !PyUnicode_AsUCS4(text, self->codes, self->cap, 0))
        return -1;
    return 0;
}

/* route(text): jieba's `calc` over the whole of `text` as one block, [(score, end), ...] (its route[i]). */
static PyObject *Segmenter_route(Segmenter *self, PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U", &text))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int record = self->record;
    self->record = 0;
    int rc = load(self, text) < 0 ? -1 : route(self, 0, n);
    self->record = record;
    if (rc < 0)
        return NULL;
    PyObject *out = PyList_New(n);
    if (!out)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *step = Py_BuildValue("(dn)", self->score[i], (Py_ssize_t)self->end[i]);
        if (!step) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, step);
    }
    return out;
}

/* viterbi(text): finalseg's viterbi over `text` (characters U+4E00 to U+9FD5): (probability, states). */
static PyObject *Segmenter_viterbi(Segmenter *self, PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U", &text))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (load(self, text) < 0)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!is_han(self->codes[i])) {
            PyErr_SetString(PyExc_ValueError, "characters U+4E00 to U+9FD5 expected");
            return NULL;
        }
    }
    if (n == 0) {
        PyErr_SetString(PyExc_ValueError, "an empty text has no path");
        return NULL;
    }
    double prob;
    viterbi(self, 0, n, &prob);
    PyObject *states = PyUnicode_New(n, 127);
    if (!states)
        return NULL;
    static const char LETTERS[4] = {'B', 'E', 'M', 'S'};
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(PyUnicode_1BYTE_KIND, PyUnicode_DATA(states), i, LETTERS[self->back[i * 4]]);
    return Py_BuildValue("(dN)", prob, states);
}

static PyObject *Segmenter_take_reached(Segmenter *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *out = PyList_New(self->n_fresh);
    if (!out)
        return NULL;
    for (Py_ssize_t i = 0; i < self->n_fresh; i++) {
        PyObject *node = PyLong_FromLong(self->fresh[i]);
        if (!node) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, node);
    }
    self->n_fresh = 0;
    return out;
}

static PyObject *Segmenter_get_record(Segmenter *self, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(self->record);
}

static int Segmenter_set_record(Segmenter *self, PyObject *value, void *Py_UNUSED(closure))
{
    if (!value) {
        PyErr_SetString(PyExc_AttributeError, "record cannot be deleted");
        return -1;
    }
    int on = PyObject_IsTrue(value);
    if (on < 0)
        return -1;
    self->record = on;
    return 0;
}

static PyMethodDef Segmenter_methods[] = {
    {"cut", (PyCFunction)Segmenter_cut, METH_VARARGS, "cut(text, hmm=True): jieba's `cut` (precise mode)."},
    {"cut_for_search", (PyCFunction)Segmenter_cut_for_search, METH_VARARGS,
     "cut_for_search(text, hmm=True): jieba's `cut_for_search`."},
    {"expand", (PyCFunction)Segmenter_expand, METH_O,
     "expand(word): cut_for_search's words for one word of `cut`."},
    {"terms", (PyCFunction)Segmenter_terms, METH_VARARGS,
     "terms(text, hmm, cache, compute): the lists cache[word] (else compute(word)) of the words of `cut`, joined."},
    {"route", (PyCFunction)Segmenter_route, METH_VARARGS,
     "route(text): jieba's route through `text` as one block, [(score, end), ...] (for tests)."},
    {"viterbi", (PyCFunction)Segmenter_viterbi, METH_VARARGS,
     "viterbi(text): jieba's HMM's best path through `text`, (log probability, states) (for tests)."},
    {"take_reached", (PyCFunction)Segmenter_take_reached, METH_NOARGS,
     "The trie nodes the route's walks ended at (while `record`) that were not taken before."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Segmenter_getset[] = {
    {"record", (getter)Segmenter_get_record, (setter)Segmenter_set_record,
     "Note the trie nodes the route's walks end at (see take_reached).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject SegmenterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "index.text.csegment.Segmenter",
    .tp_basicsize = sizeof(Segmenter),
    .tp_dealloc = (destructor)Segmenter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Segmenter(child_ptr, child_chars, child_nodes, lp, is_word, fallback, start, trans, emit): "
              "jieba's segmentation over a trie of its dictionary and its HMM's tables.",
    .tp_methods = Segmenter_methods,
    .tp_getset = Segmenter_getset,
    .tp_init = (initproc)Segmenter_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "csegment", "jieba's segmentation, compiled (index/text/compiled.py).", -1,
    NULL, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_csegment(void)
{
    if (PyType_Ready(&SegmenterType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    Py_INCREF(&SegmenterType);
    if (PyModule_AddObject(m, "Segmenter", (PyObject *)&SegmenterType) < 0) {
        Py_DECREF(&SegmenterType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "HAN_FIRST", HAN_FIRST) < 0 || PyModule_AddIntConstant(m, "HAN_LAST", HAN_LAST) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
