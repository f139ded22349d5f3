/* The line builder (pipeline.load.pdf._line_pieces): rows and words (``_rows_by_character``),
 * rows cut into lines (``_cut_rows``) and what each line is made of (``_pieces_of``), and its
 * first test for duplicate characters (``text_duplicates``), as a CPython extension module: the
 * same sorts (stable: ties keep their order), the same comparisons and sums of the same doubles,
 * the same objects handed back (a word's box is its characters' own float objects), so the same
 * lines; tests/load/test_native.py holds the two equal. Built by pipeline.load.native with the
 * machine's C compiler and Python's headers. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>

typedef struct {
    double key;
    Py_ssize_t order; /* the position to break ties by */
    Py_ssize_t item;  /* the item's index */
} keyed;

static int by_key(const void *left, const void *right) {
    const keyed *a = left, *b = right;
    if (a->key < b->key) return -1;
    if (a->key > b->key) return 1;
    return (a->order > b->order) - (a->order < b->order);
}

/* Sort stably by key, as Python's sort does; at once where the keys are already in order (a page's
 * characters mostly come row by row, a row's left to right). */
static void stable_sort(keyed *values, Py_ssize_t n) {
    for (Py_ssize_t i = 1; i < n; i++)
        if (values[i].key < values[i - 1].key) {
            qsort(values, n, sizeof(keyed), by_key);
            return;
        }
}

static int is_space_text(PyObject *text) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    if (length == 0) return 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < length; i++)
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) return 0;
    return 1;
}

/* made_rows(items, row_tolerance, word_gap_em, bold, is_bold) -> list of rows, each a list of words
 * (x0, x1, top, bottom, parts, sizes, bolds, font, color), or None where an item is not as
 * expected (not a tuple of 8 or more, a position or size that is not a finite float, a text that
 * is not a str): the caller then reads them in Python. `bold` is a dict by font name that
 * `is_bold` (a function of a font name) fills. */
static PyObject *made_rows(PyObject *items, double row_tolerance, double word_gap_em, PyObject *bold, PyObject *is_bold) {
    Py_ssize_t n = PyList_GET_SIZE(items);
    double *values = PyMem_Malloc(sizeof(double) * 5 * (n ? n : 1));
    keyed *order = PyMem_Malloc(sizeof(keyed) * (n ? n : 1));
    Py_ssize_t *row_of = PyMem_Malloc(sizeof(Py_ssize_t) * (n ? n : 1));
    if (!values || !order || !row_of) {
        PyMem_Free(values), PyMem_Free(order), PyMem_Free(row_of);
        return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        if (!PyTuple_CheckExact(item) || PyTuple_GET_SIZE(item) < 8 || !PyUnicode_CheckExact(PyTuple_GET_ITEM(item, 5))) goto fallback;
        for (int k = 0; k < 5; k++) {
            PyObject *value = PyTuple_GET_ITEM(item, k);
            if (!PyFloat_CheckExact(value)) goto fallback;
            double v = PyFloat_AS_DOUBLE(value);
            if (!isfinite(v)) goto fallback;
            values[5 * i + k] = v; /* bottom, x0, x1, top, size */
        }
        order[i].key = values[5 * i], order[i].order = i, order[i].item = i;
    }
    stable_sort(order, n); /* by bottom */
    /* rows: a character more than row_tolerance below the row's first starts the next */
    Py_ssize_t row = -1;
    double anchor = 0.0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double bottom = order[i].key;
        if (row < 0 || bottom - anchor > row_tolerance) anchor = bottom, row++;
        row_of[i] = row;
    }
    /* each row by x0, stable: sort (row, x0, position) */
    keyed *sorted = PyMem_Malloc(sizeof(keyed) * (n ? n : 1));
    if (!sorted) {
        PyErr_NoMemory();
        goto done;
    }
    result = PyList_New(0);
    if (!result) {
        PyMem_Free(sorted);
        goto done;
    }
    Py_ssize_t start = 0;
    while (start < n) {
        Py_ssize_t end = start;
        while (end < n && row_of[end] == row_of[start]) end++;
        Py_ssize_t count = end - start;
        for (Py_ssize_t i = 0; i < count; i++) {
            sorted[i].item = order[start + i].item;
            sorted[i].key = values[5 * sorted[i].item + 1];
            sorted[i].order = i;
        }
        stable_sort(sorted, count);
        PyObject *words = PyList_New(0);
        if (!words) goto failed;
        PyObject *word = NULL; /* the open word: a list [x0, x1, top, bottom, parts, sizes, bolds, font, color] */
        Py_ssize_t x1_at = 0, top_at = 0, bottom_at = 0;
        long bolds = 0;
        double last_x1 = 0.0;
#define CLOSE_WORD                                                                                         \
    if (word) {                                                                                            \
        PyObject *item_x1 = PyTuple_GET_ITEM(PyList_GET_ITEM(items, x1_at), 2);                            \
        PyObject *item_top = PyTuple_GET_ITEM(PyList_GET_ITEM(items, top_at), 3);                          \
        PyObject *item_bottom = PyTuple_GET_ITEM(PyList_GET_ITEM(items, bottom_at), 0);                    \
        PyObject *count_object = PyLong_FromLong(bolds);                                                   \
        if (!count_object) goto failed_words;                                                              \
        Py_INCREF(item_x1), Py_INCREF(item_top), Py_INCREF(item_bottom);                                   \
        PyTuple_SET_ITEM(word, 1, item_x1), PyTuple_SET_ITEM(word, 2, item_top);                           \
        PyTuple_SET_ITEM(word, 3, item_bottom), PyTuple_SET_ITEM(word, 6, count_object);                   \
        int appended = PyList_Append(words, word);                                                         \
        Py_DECREF(word);                                                                                   \
        word = NULL;                                                                                       \
        if (appended < 0) goto failed_words;                                                               \
    }
        for (Py_ssize_t i = 0; i < count; i++) {
            Py_ssize_t at = sorted[i].item;
            PyObject *item = PyList_GET_ITEM(items, at);
            PyObject *text = PyTuple_GET_ITEM(item, 5);
            if (is_space_text(text)) {
                CLOSE_WORD
                continue;
            }
            double x0 = values[5 * at + 1], x1 = values[5 * at + 2], top = values[5 * at + 3], bottom = values[5 * at];
            double size = values[5 * at + 4];
            if (!word || x0 - last_x1 > word_gap_em * size) {
                CLOSE_WORD
                word = PyTuple_New(9);
                if (!word) goto failed_words;
                PyObject *parts = PyList_New(0), *sizes = PyList_New(0);
                if (!parts || !sizes) {
                    Py_XDECREF(parts), Py_XDECREF(sizes);
                    goto failed_words;
                }
                PyObject *item_x0 = PyTuple_GET_ITEM(item, 1), *font = PyTuple_GET_ITEM(item, 6), *color = PyTuple_GET_ITEM(item, 7);
                Py_INCREF(item_x0), Py_INCREF(font), Py_INCREF(color);
                PyTuple_SET_ITEM(word, 0, item_x0), PyTuple_SET_ITEM(word, 4, parts), PyTuple_SET_ITEM(word, 5, sizes);
                PyTuple_SET_ITEM(word, 7, font), PyTuple_SET_ITEM(word, 8, color);
                x1_at = top_at = bottom_at = at;
                bolds = 0;
            } else {
                if (x1 > values[5 * x1_at + 2]) x1_at = at;
                if (top < values[5 * top_at + 3]) top_at = at;
                if (bottom > values[5 * bottom_at]) bottom_at = at;
            }
            if (PyList_Append(PyTuple_GET_ITEM(word, 4), text) < 0) goto failed_words;
            if (PyList_Append(PyTuple_GET_ITEM(word, 5), PyTuple_GET_ITEM(item, 4)) < 0) goto failed_words;
            PyObject *font = PyTuple_GET_ITEM(item, 6);
            PyObject *known = PyDict_GetItemWithError(bold, font);
            if (!known) {
                if (PyErr_Occurred()) goto failed_words;
                known = PyObject_CallOneArg(is_bold, font);
                if (!known) goto failed_words;
                int stored = PyDict_SetItem(bold, font, known);
                Py_DECREF(known); /* (the dict holds it) */
                if (stored < 0) goto failed_words;
            }
            int truth = PyObject_IsTrue(known);
            if (truth < 0) goto failed_words;
            bolds += truth;
            last_x1 = x1;
        }
        CLOSE_WORD
        if (PyList_GET_SIZE(words) && PyList_Append(result, words) < 0) goto failed_words;
        Py_DECREF(words);
        start = end;
        continue;
    failed_words:
        Py_XDECREF(word);
        Py_DECREF(words);
        goto failed;
    }
    PyMem_Free(sorted);
    goto done;
failed:
    PyMem_Free(sorted);
    Py_CLEAR(result);
    goto done;
fallback:
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(values), PyMem_Free(order), PyMem_Free(row_of);
    return result;
}

/* `function(value)`'s truth, asked once per value and kept in the dict `known`; -1 on an error. */
static int known_truth(PyObject *known, PyObject *function, PyObject *value) {
    PyObject *found = PyDict_GetItemWithError(known, value);
    if (!found) {
        if (PyErr_Occurred()) return -1;
        found = PyObject_CallOneArg(function, value);
        if (!found) return -1;
        int stored = PyDict_SetItem(known, value, found);
        Py_DECREF(found); /* (the dict holds it) */
        if (stored < 0) return -1;
    }
    return PyObject_IsTrue(found);
}

/* A word tuple's (x0, x1, top, bottom, parts, sizes, bolds, font, color) field as a double. */
static double word_value(PyObject *word, int field) { return PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(word, field)); }

/* Its em: the type size of its last character (pipeline.load.pdf._em). */
static double word_em(PyObject *word) {
    PyObject *sizes = PyTuple_GET_ITEM(word, 5);
    Py_ssize_t count = PyList_GET_SIZE(sizes);
    return count ? PyFloat_AS_DOUBLE(PyList_GET_ITEM(sizes, count - 1)) : 10.0;
}

/* A word of one or two characters set in a symbol font (pipeline.load.pdf._is_symbol_marker); -1 on an error. */
static int symbol_marker(PyObject *word, PyObject *symbol, PyObject *is_symbol_font) {
    int truth = known_truth(symbol, is_symbol_font, PyTuple_GET_ITEM(word, 7));
    if (truth <= 0) return truth;
    PyObject *parts = PyTuple_GET_ITEM(word, 4);
    Py_ssize_t characters = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(parts); i++) characters += PyUnicode_GET_LENGTH(PyList_GET_ITEM(parts, i));
    return characters > 0 && characters <= 2;
}

/* One line of words (a list of word tuples) as (text, x0, top, x1, bottom, median type size,
 * characters, bold characters, fonts, counts, colors): the words' parts joined, words by a space;
 * its box (x0 its first word's, top the least, x1 and bottom the most); the median of its
 * characters' type sizes (pipeline.load.pdf._median: sorted stably, the middle one or the mean of
 * the middle two); and per word its font, number of characters and colour. */
static PyObject *line_of(PyObject *words, PyObject *space, PyObject *nothing) {
    Py_ssize_t count = PyList_GET_SIZE(words), characters = 0;
    long bolds = 0;
    PyObject *texts = PyList_New(count), *fonts = PyList_New(count), *counts = PyList_New(count), *colors = PyList_New(count);
    PyObject *result = NULL, *text = NULL;
    keyed *sizes = NULL; /* each character's type size (the key) and its place (the order) */
    if (!texts || !fonts || !counts || !colors) goto done;
    double top = 0.0, x1 = 0.0, bottom = 0.0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        PyObject *joined = PyUnicode_Join(nothing, PyTuple_GET_ITEM(word, 4));
        if (!joined) goto done;
        PyList_SET_ITEM(texts, i, joined);
        PyObject *font = PyTuple_GET_ITEM(word, 7), *color = PyTuple_GET_ITEM(word, 8);
        Py_INCREF(font), Py_INCREF(color);
        PyList_SET_ITEM(fonts, i, font), PyList_SET_ITEM(colors, i, color);
        PyObject *number = PyLong_FromSsize_t(PyList_GET_SIZE(PyTuple_GET_ITEM(word, 4)));
        if (!number) goto done;
        PyList_SET_ITEM(counts, i, number);
        characters += PyList_GET_SIZE(PyTuple_GET_ITEM(word, 5));
        bolds += PyLong_AsLong(PyTuple_GET_ITEM(word, 6));
        double word_top = word_value(word, 2), word_x1 = word_value(word, 1), word_bottom = word_value(word, 3);
        if (i == 0 || word_top < top) top = word_top;
        if (i == 0 || word_x1 > x1) x1 = word_x1;
        if (i == 0 || word_bottom > bottom) bottom = word_bottom;
    }
    if (PyErr_Occurred()) goto done;
    if (count == 0 || characters == 0) {
        /* the line builder never makes an empty word or line; should one come, an error, never a
         * read before the size array (sizes[middle - 1]) or past the word list (words[0]) */
        PyErr_SetString(PyExc_ValueError, "line_of: a line with no characters");
        goto done;
    }
    sizes = PyMem_Malloc(sizeof(keyed) * characters);
    if (!sizes) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *word_sizes = PyTuple_GET_ITEM(PyList_GET_ITEM(words, i), 5);
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(word_sizes); k++, at++)
            sizes[at].key = PyFloat_AS_DOUBLE(PyList_GET_ITEM(word_sizes, k)), sizes[at].order = at, sizes[at].item = at;
    }
    qsort(sizes, characters, sizeof(keyed), by_key);
    Py_ssize_t middle = characters / 2;
    double median = characters % 2 ? sizes[middle].key : (sizes[middle - 1].key + sizes[middle].key) / 2;
    text = PyUnicode_Join(space, texts);
    if (!text) goto done;
    result = Py_BuildValue("(OOdddd" "nlOOO)", text, PyTuple_GET_ITEM(PyList_GET_ITEM(words, 0), 0), top, x1, bottom, median,
                           characters, bolds, fonts, counts, colors);
done:
    PyMem_Free(sizes);
    Py_XDECREF(text), Py_XDECREF(texts), Py_XDECREF(fonts), Py_XDECREF(counts), Py_XDECREF(colors);
    return result;
}

/* lines(items, row_tolerance, word_gap_em, cut_gap, bold, is_bold, symbol, is_symbol_font) -> the
 * page's lines (pipeline.load.pdf.page_to_lines before its lines are made: ``_rows``, then
 * ``_cut_rows`` and what each line is made of, ``line_of``), or None where ``rows`` would give None.
 * A row is cut before a word whose gap to the one before is more than `cut_gap` times the larger
 * of their ems, and after a symbol-font marker that starts a line unless the next word is in a
 * symbol font too. `bold`, `symbol`: dicts by font name that `is_bold`, `is_symbol_font` fill. */
static PyObject *lines(PyObject *self, PyObject *args) {
    PyObject *items, *bold, *is_bold, *symbol, *is_symbol_font;
    double row_tolerance, word_gap_em, cut_gap;
    if (!PyArg_ParseTuple(args, "O!dddO!OO!O", &PyList_Type, &items, &row_tolerance, &word_gap_em, &cut_gap, &PyDict_Type, &bold,
                          &is_bold, &PyDict_Type, &symbol, &is_symbol_font))
        return NULL;
    PyObject *rows_found = made_rows(items, row_tolerance, word_gap_em, bold, is_bold);
    if (!rows_found || rows_found == Py_None) return rows_found;
    PyObject *result = PyList_New(0), *space = PyUnicode_FromString(" "), *nothing = PyUnicode_FromString(""), *current = NULL;
    if (!result || !space || !nothing) goto failed;
    for (Py_ssize_t r = 0; r < PyList_GET_SIZE(rows_found); r++) {
        PyObject *words = PyList_GET_ITEM(rows_found, r);
        current = PyList_New(0);
        if (!current || PyList_Append(current, PyList_GET_ITEM(words, 0)) < 0) goto failed;
        for (Py_ssize_t k = 1; k < PyList_GET_SIZE(words); k++) {
            PyObject *a = PyList_GET_ITEM(words, k - 1), *b = PyList_GET_ITEM(words, k);
            double em_a = word_em(a), em_b = word_em(b);
            int cut = word_value(b, 0) - word_value(a, 1) > cut_gap * (em_b > em_a ? em_b : em_a);
            if (!cut && PyList_GET_SIZE(current) == 1) {
                int marker = symbol_marker(a, symbol, is_symbol_font);
                if (marker < 0) goto failed;
                if (marker) {
                    int symbol_next = known_truth(symbol, is_symbol_font, PyTuple_GET_ITEM(b, 7));
                    if (symbol_next < 0) goto failed;
                    cut = !symbol_next;
                }
            }
            if (cut) {
                PyObject *line = line_of(current, space, nothing);
                if (!line) goto failed;
                int appended = PyList_Append(result, line);
                Py_DECREF(line);
                Py_CLEAR(current);
                if (appended < 0) goto failed;
                current = PyList_New(0);
                if (!current) goto failed;
            }
            if (PyList_Append(current, b) < 0) goto failed;
        }
        PyObject *line = line_of(current, space, nothing);
        if (!line) goto failed;
        int appended = PyList_Append(result, line);
        Py_DECREF(line);
        Py_CLEAR(current);
        if (appended < 0) goto failed;
    }
    Py_DECREF(rows_found), Py_DECREF(space), Py_DECREF(nothing);
    return result;
failed:
    Py_XDECREF(current), Py_XDECREF(result), Py_XDECREF(space), Py_XDECREF(nothing);
    Py_DECREF(rows_found);
    return NULL;
}

typedef struct {
    PyObject *text;
    Py_hash_t hash;
    double doctop, x0;
    Py_ssize_t index;
} placed;

static int by_place(const void *left, const void *right) {
    const placed *a = left, *b = right;
    if (a->doctop != b->doctop) return a->doctop < b->doctop ? -1 : 1;
    if (a->x0 != b->x0) return a->x0 < b->x0 ? -1 : 1;
    return (a->index > b->index) - (a->index < b->index);
}

/* A y-cluster's characters by x0, ties in their order in the cluster (which `doctop` then holds):
 * a total order, so qsort gives what a stable sort by x0 gives. */
static int by_x0(const void *left, const void *right) {
    const placed *a = left, *b = right;
    if (a->x0 != b->x0) return a->x0 < b->x0 ? -1 : 1;
    return (a->doctop > b->doctop) - (a->doctop < b->doctop);
}

/* Whether the characters of one text (`members`, in the page's order) hold two that would be
 * grouped: by (doctop, x0, index), doctops chained within `tolerance` into y-clusters, each
 * cluster by x0 (ties in that order), two neighbours within `tolerance`. O(k log k) for k
 * characters of one text (a page of dots or rules: thousands in one cluster). */
static int grouped(placed *members, Py_ssize_t count, placed *cluster, double tolerance) {
    for (Py_ssize_t i = 1; i < count; i++)
        if (by_place(&members[i - 1], &members[i]) > 0) {
            qsort(members, count, sizeof(placed), by_place);
            break;
        }
    Py_ssize_t start = 0;
    while (start < count) {
        Py_ssize_t end = start + 1;
        while (end < count && members[end].doctop - members[end - 1].doctop <= tolerance) end++;
        Py_ssize_t size = end - start;
        if (size > 1) {
            for (Py_ssize_t i = 0; i < size; i++) cluster[i] = members[start + i], cluster[i].doctop = (double)i;
            /* by x0, ties in the order above (the doctop field now holds that order) */
            qsort(cluster, size, sizeof(placed), by_x0);
            for (Py_ssize_t i = 1; i < size; i++)
                if (!(cluster[i].x0 - cluster[i - 1].x0 > tolerance)) return 1;
        }
        start = end;
    }
    return 0;
}

/* text_duplicates(chars, tolerance) -> whether two characters of one text would be grouped as
 * duplicates (pipeline.load.pdf._groups of the characters by their text: a chain of doctops each
 * within `tolerance` of the one before, then within it a chain of x0s), or None where a
 * character is not as expected (its text not a str, its doctop or x0 not a finite float: the
 * caller then asks numpy). The characters are put together by text with a hash table (equal
 * texts, in the page's order), and each text's are looked at alone: the groups depend only on
 * which texts are equal. */
static PyObject *text_duplicates(PyObject *self, PyObject *args) {
    PyObject *chars;
    double tolerance;
    if (!PyArg_ParseTuple(args, "O!d", &PyList_Type, &chars, &tolerance)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(chars);
    if (n < 2) Py_RETURN_FALSE;
    Py_ssize_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    placed *all = PyMem_Malloc(sizeof(placed) * n), *by_text = PyMem_Malloc(sizeof(placed) * n);
    placed *cluster = PyMem_Malloc(sizeof(placed) * n);
    Py_ssize_t *text_of = PyMem_Malloc(sizeof(Py_ssize_t) * n), *table = PyMem_Malloc(sizeof(Py_ssize_t) * slots);
    Py_ssize_t *counts = PyMem_Calloc(n + 1, sizeof(Py_ssize_t));
    PyObject *result = NULL;
    if (!all || !by_text || !cluster || !text_of || !table || !counts) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < slots; i++) table[i] = -1; /* a slot holds the first character of a text */
    Py_ssize_t texts = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(chars, i);
        if (!PyTuple_CheckExact(item) || PyTuple_GET_SIZE(item) < 11) goto fallback;
        PyObject *text = PyTuple_GET_ITEM(item, 5), *doctop = PyTuple_GET_ITEM(item, 10), *x0 = PyTuple_GET_ITEM(item, 1);
        if (!PyUnicode_CheckExact(text) || !PyFloat_CheckExact(doctop) || !PyFloat_CheckExact(x0)) goto fallback;
        all[i].text = text, all[i].doctop = PyFloat_AS_DOUBLE(doctop), all[i].x0 = PyFloat_AS_DOUBLE(x0), all[i].index = i;
        if (!isfinite(all[i].doctop) || !isfinite(all[i].x0)) goto fallback;
        all[i].hash = PyObject_Hash(text);
        if (all[i].hash == -1) goto done;
        Py_ssize_t slot = (Py_ssize_t)((size_t)all[i].hash & (size_t)(slots - 1));
        while (1) {
            Py_ssize_t first = table[slot];
            if (first < 0) {
                table[slot] = i;
                text_of[i] = texts++;
                break;
            }
            if (all[first].hash == all[i].hash && (all[first].text == text || PyUnicode_Compare(all[first].text, text) == 0)) {
                text_of[i] = text_of[first];
                break;
            }
            slot = (slot + 1) & (slots - 1);
        }
        counts[text_of[i] + 1]++;
    }
    for (Py_ssize_t t = 0; t < texts; t++) counts[t + 1] += counts[t]; /* where each text's characters start */
    {
        Py_ssize_t *next = PyMem_Malloc(sizeof(Py_ssize_t) * (texts ? texts : 1));
        if (!next) {
            PyErr_NoMemory();
            goto done;
        }
        for (Py_ssize_t t = 0; t < texts; t++) next[t] = counts[t];
        for (Py_ssize_t i = 0; i < n; i++) by_text[next[text_of[i]]++] = all[i];
        PyMem_Free(next);
    }
    for (Py_ssize_t t = 0; t < texts; t++)
        if (counts[t + 1] - counts[t] > 1 && grouped(&by_text[counts[t]], counts[t + 1] - counts[t], cluster, tolerance)) {
            result = Py_NewRef(Py_True);
            goto done;
        }
    result = Py_NewRef(Py_False);
    goto done;
fallback:
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(all), PyMem_Free(by_text), PyMem_Free(cluster), PyMem_Free(text_of), PyMem_Free(table), PyMem_Free(counts);
    return result;
}

static PyMethodDef methods[] = {{"lines", lines, METH_VARARGS, "The line builder's lines, before they are made (see the file's comment)."},
                                {"text_duplicates", text_duplicates, METH_VARARGS,
                                 "Whether characters of one text would be grouped as duplicates (see the file's comment)."},
                                {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "line_rows", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_line_rows(void) { return PyModule_Create(&module); }
