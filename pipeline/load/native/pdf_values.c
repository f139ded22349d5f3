/* The survey's reading of a PDF object's bytes into pdfminer's values
 * (pipeline.load.pdf_objects._values), as a CPython extension module: the same tokens as its
 * regular expression (_TOKEN, and NUMBER_ARRAY for an array of numbers only), the same values made
 * by the same Python calls (int() and float() of the token's bytes, the caller's `literal` for a
 * name, `objref(document, objid)` for a reference), the same stack, and "unread" wherever the
 * Python raises _Unread (the caller then lets pdfminer read the object). tests/load/test_native.py
 * holds the two equal. Built by pipeline.load.native with the machine's C compiler and Python's
 * headers. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c; }

static int is_delimiter(unsigned char c) {
    return is_space(c) || c == '/' || c == '%' || c == '[' || c == ']' || c == '(' || c == ')' || c == '<' || c == '>' || c == '{'
           || c == '}';
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The end of a number at p as NUMBER_TOKEN reads one (`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`), or -1. */
static Py_ssize_t number_end(const unsigned char *s, Py_ssize_t p, Py_ssize_t end) {
    Py_ssize_t q = p;
    if (q < end && (s[q] == '+' || s[q] == '-')) q++;
    if (q < end && is_digit(s[q])) {
        while (q < end && is_digit(s[q])) q++;
        if (q < end && s[q] == '.') {
            q++;
            while (q < end && is_digit(s[q])) q++;
        }
        return q;
    }
    if (q + 1 < end && s[q] == '.' && is_digit(s[q + 1])) {
        q++;
        while (q < end && is_digit(s[q])) q++;
        return q;
    }
    return -1;
}

#define SHORT_NUMBER 18
/* A number token of at most SHORT_NUMBER characters is read here, as int() and float() read it (a
 * sign, digits, a point: an int by its digits, a float by PyOS_string_to_double, the conversion
 * float() itself ends in); a longer one by int() and float() themselves. */

/* int() or float() of a number token's bytes, as _values makes it (float where it holds a point). */
static PyObject *number_value(const unsigned char *s, Py_ssize_t start, Py_ssize_t stop) {
    Py_ssize_t length = stop - start;
    if (length <= SHORT_NUMBER) {
        const unsigned char *point = memchr(s + start, '.', length);
        if (!point) {
            Py_ssize_t i = start;
            int negative = 0;
            if (s[i] == '+' || s[i] == '-') negative = s[i] == '-', i++;
            long long value = 0;
            for (; i < stop; i++) value = value * 10 + (s[i] - '0');
            return PyLong_FromLongLong(negative ? -value : value);
        }
        char text[SHORT_NUMBER + 1];
        memcpy(text, s + start, length);
        text[length] = 0;
        char *parsed = NULL;
        double value = PyOS_string_to_double(text, &parsed, NULL);
        if (value == -1.0 && PyErr_Occurred()) return NULL;
        if (parsed == text + length) return PyFloat_FromDouble(value);
    }
    PyObject *token = PyBytes_FromStringAndSize((const char *)s + start, stop - start);
    if (!token) return NULL;
    PyObject *value = memchr(s + start, '.', stop - start) ? PyFloat_FromString(token) : PyNumber_Long(token);
    Py_DECREF(token);
    return value;
}

typedef struct {
    int kind; /* 0: "[", 1: "<<" */
    PyObject *outer;
} container;

enum { NUMBER, NAME, OPEN_ARRAY, OPEN_DICT, CLOSE_ARRAY, CLOSE_DICT, HEX, STRING, KEYWORD, UNREAD };

/* The token after any white space at *position (its kind, its start and end; the number, name,
 * hex string, literal string or keyword's bytes between *start and *stop), as _TOKEN matches it. */
static int next_token(const unsigned char *s, Py_ssize_t end, Py_ssize_t position, Py_ssize_t *start, Py_ssize_t *stop,
                      Py_ssize_t *after) {
    Py_ssize_t p = position;
    while (p < end && is_space(s[p])) p++;
    if (p >= end) return UNREAD;
    unsigned char c = s[p];
    if (c == '+' || c == '-' || c == '.' || is_digit(c)) {
        /* `[-+]?+(?:\d++\.?+\d*+|\.\d++)(?=[delimiter]|\Z)` */
        Py_ssize_t q = p;
        if (s[q] == '+' || s[q] == '-') q++;
        if (q < end && is_digit(s[q])) {
            while (q < end && is_digit(s[q])) q++;
            if (q < end && s[q] == '.') q++;
            while (q < end && is_digit(s[q])) q++;
        } else if (q + 1 < end && s[q] == '.' && is_digit(s[q + 1])) {
            q++;
            while (q < end && is_digit(s[q])) q++;
        } else
            return UNREAD;
        if (q < end && !is_delimiter(s[q])) return UNREAD;
        *start = p, *stop = q, *after = q;
        return NUMBER;
    }
    if (c == '/') { /* `/([^#delimiter]*+)(?!#)` */
        Py_ssize_t q = p + 1;
        while (q < end && !is_delimiter(s[q]) && s[q] != '#') q++;
        if (q < end && s[q] == '#') return UNREAD;
        *start = p + 1, *stop = q, *after = q;
        return NAME;
    }
    if (c == '<' && p + 1 < end && s[p + 1] == '<') {
        *start = p, *after = p + 2;
        return OPEN_DICT;
    }
    if (c == '[') {
        *start = p, *after = p + 1;
        return OPEN_ARRAY;
    }
    if (c == '>') {
        if (p + 1 < end && s[p + 1] == '>') {
            *start = p, *after = p + 2;
            return CLOSE_DICT;
        }
        return UNREAD;
    }
    if (c == ']') {
        *start = p, *after = p + 1;
        return CLOSE_ARRAY;
    }
    if (c == '<') { /* `<([0-9A-Fa-f space]*)>(?!>)` */
        Py_ssize_t q = p + 1;
        while (q < end && (hex_value(s[q]) >= 0 || is_space(s[q]))) q++;
        if (q >= end || s[q] != '>' || (q + 1 < end && s[q + 1] == '>')) return UNREAD;
        *start = p + 1, *stop = q, *after = q + 1;
        return HEX;
    }
    if (c == '(') { /* `\(([^()\\]*)\)` */
        Py_ssize_t q = p + 1;
        while (q < end && s[q] != '(' && s[q] != ')' && s[q] != '\\') q++;
        if (q >= end || s[q] != ')') return UNREAD;
        *start = p + 1, *stop = q, *after = q + 1;
        return STRING;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) { /* `[A-Za-z][^#delimiter]*+(?!#)` */
        Py_ssize_t q = p + 1;
        while (q < end && !is_delimiter(s[q]) && s[q] != '#') q++;
        if (q < end && s[q] == '#') return UNREAD;
        *start = p, *stop = q, *after = q;
        return KEYWORD;
    }
    return UNREAD;
}

/* The rest of an array after its "[" read at once where it holds numbers only (NUMBER_ARRAY:
 * numbers, each ended by white space or the "]"), as a new list, with *after past its "]"; NULL
 * without an error where it is not such an array, NULL with one where a value could not be made. */
static PyObject *number_array(const unsigned char *s, Py_ssize_t end, Py_ssize_t position, Py_ssize_t *after) {
    Py_ssize_t p = position;
    while (p < end && is_space(s[p])) p++;
    Py_ssize_t first = p, count = 0;
    for (;;) {
        Py_ssize_t q = number_end(s, p, end);
        if (q < 0) break;
        if (q < end && is_space(s[q])) {
            while (q < end && is_space(s[q])) q++;
        } else if (!(q < end && s[q] == ']'))
            break;
        count++;
        p = q;
    }
    if (!(p < end && s[p] == ']')) return NULL;
    PyObject *list = PyList_New(count);
    if (!list) return NULL;
    Py_ssize_t q = first;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t stop = number_end(s, q, end);
        PyObject *value = number_value(s, q, stop);
        if (!value) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, value);
        q = stop;
        while (q < end && is_space(s[q])) q++;
    }
    *after = p + 1;
    return list;
}

static int keyword_is(const unsigned char *s, Py_ssize_t start, Py_ssize_t stop, const char *word) {
    Py_ssize_t length = (Py_ssize_t)strlen(word);
    return stop - start == length && memcmp(s + start, word, length) == 0;
}

/* values(data, position, end, in_file, top_level_one, literal, literals, objref, document, null,
 *        null_keyword, psliteral, unread) -> as pipeline.load.pdf_objects._values: with top_level_one
 * the first complete value at the top level (None for a null), else (stack, the keyword that ended
 * it, where that keyword starts); `unread` (the caller's sentinel) where _values raises _Unread.
 * `literal`: the PSLiteral of a name's bytes, `literals` the dict of those it keeps (looked in
 * first, as `literal` looks); `objref`: PDFObjRef; `null`: the stack's null (_NULL);
 * `null_keyword`: the keyword object a stream's null is; `psliteral`: pdfminer's PSLiteral class. */
static PyObject *values(PyObject *self, PyObject *args) {
    Py_buffer view;
    Py_ssize_t position, end;
    int in_file, top_level_one;
    PyObject *literal, *literals, *objref, *document, *null, *null_keyword, *psliteral, *unread;
    if (!PyArg_ParseTuple(args, "y*nnppOO!OOOOOO", &view, &position, &end, &in_file, &top_level_one, &literal, &PyDict_Type, &literals,
                          &objref, &document, &null, &null_keyword, &psliteral, &unread))
        return NULL;
    const unsigned char *s = view.buf;
    if (end > view.len) end = view.len;
    if (position < 0) position = 0;
    PyObject *stack = PyList_New(0), *result = NULL, *value = NULL;
    container *containers = NULL;
    Py_ssize_t depth = 0, room = 0;
    if (!stack) goto done;
    for (;;) {
        Py_ssize_t start = 0, stop = 0, after = 0;
        int kind = next_token(s, end, position, &start, &stop, &after);
        if (kind == UNREAD) goto unread_it;
        position = after;
        if (kind == NUMBER) {
            value = number_value(s, start, stop);
            if (!value) goto done;
        } else if (kind == NAME) {
            /* the name's literal as `literal` gives it: found in `literals` (its memory of them) first */
            PyObject *name = PyBytes_FromStringAndSize((const char *)s + start, stop - start);
            if (!name) goto done;
            value = PyDict_GetItemWithError(literals, name);
            if (value)
                Py_INCREF(value);
            else if (!PyErr_Occurred())
                value = PyObject_CallOneArg(literal, name);
            Py_DECREF(name);
            if (!value) goto done;
        } else if (kind == OPEN_ARRAY || kind == OPEN_DICT) {
            if (kind == OPEN_ARRAY) {
                Py_ssize_t array_end = 0;
                PyObject *numbers = number_array(s, end, position, &array_end);
                if (numbers) { /* an array of numbers only (a font's /Widths): read at once */
                    position = array_end;
                    if (top_level_one && !depth) {
                        result = numbers;
                        goto done;
                    }
                    int failed = PyList_Append(stack, numbers);
                    Py_DECREF(numbers);
                    if (failed) goto done;
                    continue;
                }
                if (PyErr_Occurred()) goto done;
            }
            if (depth == room) {
                Py_ssize_t wanted = room ? 2 * room : 16;
                container *grown = PyMem_Realloc(containers, sizeof(container) * wanted);
                if (!grown) {
                    PyErr_NoMemory();
                    goto done;
                }
                containers = grown, room = wanted;
            }
            PyObject *inner = PyList_New(0);
            if (!inner) goto done;
            containers[depth].kind = kind == OPEN_ARRAY ? 0 : 1;
            containers[depth].outer = stack; /* (the reference moves to the container) */
            depth++;
            stack = inner;
            continue;
        } else if (kind == CLOSE_ARRAY || kind == CLOSE_DICT) {
            if (!depth) goto unread_it;
            int opened = containers[depth - 1].kind;
            Py_ssize_t n = PyList_GET_SIZE(stack);
            if (opened == 0 && kind == CLOSE_ARRAY) {
                value = PyList_New(n);
                if (!value) goto done;
                for (Py_ssize_t i = 0; i < n; i++) {
                    PyObject *item = PyList_GET_ITEM(stack, i);
                    PyList_SET_ITEM(value, i, Py_NewRef(item == null ? Py_None : item));
                }
            } else if (opened == 1 && kind == CLOSE_DICT) {
                if (n % 2) goto unread_it;
                value = PyDict_New();
                if (!value) goto done;
                for (Py_ssize_t i = 0; i + 1 < n; i += 2) {
                    PyObject *key = PyList_GET_ITEM(stack, i), *item = PyList_GET_ITEM(stack, i + 1);
                    int is_literal = PyObject_IsInstance(key, psliteral);
                    if (is_literal < 0) goto done;
                    if (!is_literal) goto unread_it;
                    PyObject *name = PyObject_GetAttrString(key, "name");
                    if (!name) goto done;
                    if (!PyUnicode_Check(name)) {
                        Py_DECREF(name);
                        goto unread_it;
                    }
                    if (item != null && PyDict_SetItem(value, name, item) < 0) { /* (pdfminer leaves a null value out) */
                        Py_DECREF(name);
                        goto done;
                    }
                    Py_DECREF(name);
                }
            } else
                goto unread_it;
            Py_DECREF(stack);
            depth--;
            stack = containers[depth].outer;
        } else if (kind == HEX) {
            Py_ssize_t digits = 0;
            for (Py_ssize_t i = start; i < stop; i++) digits += hex_value(s[i]) >= 0;
            if (digits % 2) goto unread_it;
            value = PyBytes_FromStringAndSize(NULL, digits / 2);
            if (!value) goto done;
            char *out = PyBytes_AS_STRING(value);
            int high = -1;
            for (Py_ssize_t i = start; i < stop; i++) {
                int digit = hex_value(s[i]);
                if (digit < 0) continue;
                if (high < 0)
                    high = digit;
                else
                    *out++ = (char)(high * 16 + digit), high = -1;
            }
        } else if (kind == STRING) {
            value = PyBytes_FromStringAndSize((const char *)s + start, stop - start);
            if (!value) goto done;
        } else { /* a keyword */
            if (keyword_is(s, start, stop, "true") || keyword_is(s, start, stop, "false")) {
                value = Py_NewRef(keyword_is(s, start, stop, "true") ? Py_True : Py_False);
            } else if (keyword_is(s, start, stop, "null")) {
                /* (PDFParser pushes None; PDFStreamParser has no null and keeps the keyword itself) */
                value = Py_NewRef(in_file ? null : null_keyword);
            } else if (keyword_is(s, start, stop, "R")) {
                Py_ssize_t n = PyList_GET_SIZE(stack);
                if (n < 2) goto unread_it;
                PyObject *objid = PyList_GET_ITEM(stack, n - 2), *generation = PyList_GET_ITEM(stack, n - 1);
                if (!PyLong_CheckExact(generation) || !PyLong_CheckExact(objid)) goto unread_it;
                PyObject *zero = PyLong_FromLong(0);
                if (!zero) goto done;
                int positive = PyObject_RichCompareBool(objid, zero, Py_GT);
                Py_DECREF(zero);
                if (positive < 0) goto done;
                if (!positive) goto unread_it; /* a negative number, or 0 (pdfminer's settings may refuse object 0) */
                Py_INCREF(objid);
                if (PyList_SetSlice(stack, n - 2, n, NULL) < 0) {
                    Py_DECREF(objid);
                    goto done;
                }
                value = PyObject_CallFunctionObjArgs(objref, document, objid, NULL);
                Py_DECREF(objid);
                if (!value) goto done;
            } else if (in_file && !depth && (keyword_is(s, start, stop, "endobj") || keyword_is(s, start, stop, "stream"))) {
                PyObject *keyword = PyBytes_FromStringAndSize((const char *)s + start, stop - start);
                if (!keyword) goto done;
                result = Py_BuildValue("(ONn)", stack, keyword, start);
                goto done;
            } else
                goto unread_it;
        }
        if (top_level_one && !depth) {
            result = value == null ? Py_NewRef(Py_None) : Py_NewRef(value);
            goto done;
        }
        int failed = PyList_Append(stack, value);
        Py_CLEAR(value);
        if (failed) goto done;
    }
unread_it:
    if (!PyErr_Occurred()) result = Py_NewRef(unread);
done:
    Py_XDECREF(value);
    Py_XDECREF(stack);
    for (Py_ssize_t i = 0; i < depth; i++) Py_DECREF(containers[i].outer);
    PyMem_Free(containers);
    PyBuffer_Release(&view);
    if (PyErr_Occurred()) Py_CLEAR(result);
    return result;
}

static PyMethodDef methods[] = {{"values", values, METH_VARARGS, "An object's bytes into pdfminer's values (see the file's comment)."},
                                {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "pdf_values", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_pdf_values(void) { return PyModule_Create(&module); }
