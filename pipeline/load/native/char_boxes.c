/* The PDFium reader's boxing of a page's glyphs (pipeline.load.pdfium._boxed_at_once): each
 * glyph's box from its origin, its advance and its run's matrix entry and reach across the
 * baseline, into the character tuples the line builder reads (pipeline.load.pdf's CharItem), as a
 * CPython extension module. The same operations on the same doubles in the same order as the numpy
 * arithmetic it stands for (no contraction into fused multiply-adds: -std=c99 turns it off), so
 * the same boxes; tests/load/test_native.py holds the two equal. Built by pipeline.load.native
 * with the machine's C compiler and Python's headers. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* A read-only buffer of n doubles (a numpy float64 array, C-contiguous), or 0 where `object` is
 * not one (then the caller reads in Python). */
static int doubles(PyObject *object, Py_buffer *view, Py_ssize_t n) {
    if (PyObject_GetBuffer(object, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        PyErr_Clear();
        return 0;
    }
    if (view->itemsize != sizeof(double) || !view->format || strcmp(view->format, "d") != 0 || view->len != n * (Py_ssize_t)sizeof(double)) {
        PyBuffer_Release(view);
        return 0;
    }
    return 1;
}

/* A list of `runs` floats into doubles, or 0 where an item is not a float. */
static int run_doubles(PyObject *list, Py_ssize_t runs, double *out) {
    if (!PyList_CheckExact(list) || PyList_GET_SIZE(list) != runs) return 0;
    for (Py_ssize_t r = 0; r < runs; r++) {
        PyObject *value = PyList_GET_ITEM(list, r);
        if (!PyFloat_CheckExact(value)) return 0;
        out[r] = PyFloat_AS_DOUBLE(value);
    }
    return 1;
}

/* boxes(xs, ys, numbers, per_size, advance, sizes, a, d_low, d_high, fontnames, colors, uprights,
 *       shown, texts, e, f, height) -> list of character tuples
 *   (bottom, x0, x1, top, bottom - top, text, fontname, colour, upright, shown matrix, top),
 * or None where an argument is not as expected (the caller then reckons them with numpy).
 * Per glyph i (n of them): its origin xs[i], ys[i] (float64 arrays), its run's number numbers[i]
 * (a list of ints), its width per unit of type size per_size[i] (float64), and its text texts[i]
 * (a list of str); `advance` (float64, per glyph) where some advance was asked or changed, else
 * None (per_size[i] times its run's size). Per run r (lists): its type size, its matrix's first
 * entry a, its reach across the baseline d_low and d_high (floats), its font name, colour, upright
 * and shown matrix (any objects, handed back as they are). e, f: the page's translation; height:
 * its height as shown. */
static PyObject *boxes(PyObject *self, PyObject *args) {
    PyObject *xs_object, *ys_object, *numbers, *per_size_object, *advance_object, *sizes_list, *a_list, *low_list, *high_list;
    PyObject *fontnames, *colors, *uprights, *shown, *texts;
    double e, f, height;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOOOOOddd", &xs_object, &ys_object, &numbers, &per_size_object, &advance_object, &sizes_list,
                          &a_list, &low_list, &high_list, &fontnames, &colors, &uprights, &shown, &texts, &e, &f, &height))
        return NULL;
    if (!PyList_CheckExact(numbers) || !PyList_CheckExact(texts) || !PyList_CheckExact(sizes_list) || !PyList_CheckExact(fontnames)
        || !PyList_CheckExact(colors) || !PyList_CheckExact(uprights) || !PyList_CheckExact(shown))
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(numbers), runs = PyList_GET_SIZE(sizes_list);
    if (PyList_GET_SIZE(texts) != n || PyList_GET_SIZE(fontnames) != runs || PyList_GET_SIZE(colors) != runs
        || PyList_GET_SIZE(uprights) != runs || PyList_GET_SIZE(shown) != runs)
        Py_RETURN_NONE;
    Py_buffer xs_view, ys_view, per_size_view, advance_view;
    int have_xs = 0, have_ys = 0, have_per_size = 0, have_advance = 0;
    double *run_values = PyMem_Malloc(sizeof(double) * 4 * (runs ? runs : 1));
    PyObject *result = NULL;
    if (!run_values) return PyErr_NoMemory();
    double *sizes = run_values, *a = run_values + runs, *d_low = run_values + 2 * runs, *d_high = run_values + 3 * runs;
    if (!run_doubles(sizes_list, runs, sizes) || !run_doubles(a_list, runs, a) || !run_doubles(low_list, runs, d_low)
        || !run_doubles(high_list, runs, d_high))
        goto fallback;
    if (!(have_xs = doubles(xs_object, &xs_view, n)) || !(have_ys = doubles(ys_object, &ys_view, n))
        || !(have_per_size = doubles(per_size_object, &per_size_view, n)))
        goto fallback;
    if (advance_object != Py_None && !(have_advance = doubles(advance_object, &advance_view, n))) goto fallback;
    const double *x = xs_view.buf, *y = ys_view.buf, *per_size = per_size_view.buf;
    const double *advance = have_advance ? advance_view.buf : NULL;
    for (Py_ssize_t i = 0; i < n; i++) { /* every glyph's run and text checked before anything is made */
        PyObject *number = PyList_GET_ITEM(numbers, i);
        if (!PyLong_CheckExact(number) || !PyUnicode_CheckExact(PyList_GET_ITEM(texts, i))) goto fallback;
        Py_ssize_t r = PyLong_AsSsize_t(number);
        if (r < 0 || r >= runs) {
            PyErr_Clear();
            goto fallback;
        }
    }
    result = PyList_New(n);
    if (!result) goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t r = PyLong_AsSsize_t(PyList_GET_ITEM(numbers, i));
        /* as _boxed_at_once: advance = per_size * size; along = a * advance; x + along + e ... */
        double glyph_advance = advance ? advance[i] : per_size[i] * sizes[r];
        double along = a[r] * glyph_advance;
        double x_start = x[i] + e, x_end = x[i] + along + e;
        int forward = along >= 0;
        double x0 = forward ? x_start : x_end, x1 = forward ? x_end : x_start;
        double y_low = y[i] + d_low[r] + f, y_high = y[i] + d_high[r] + f;
        int ordered = d_high[r] >= d_low[r];
        double low = ordered ? y_low : y_high, high = ordered ? y_high : y_low;
        double top = height - high, bottom = height - low;
        PyObject *item = PyTuple_New(11);
        if (!item) goto failed;
        PyObject *top_object = PyFloat_FromDouble(top);
        PyTuple_SET_ITEM(item, 0, PyFloat_FromDouble(bottom));
        PyTuple_SET_ITEM(item, 1, PyFloat_FromDouble(x0));
        PyTuple_SET_ITEM(item, 2, PyFloat_FromDouble(x1));
        PyTuple_SET_ITEM(item, 3, top_object);
        PyTuple_SET_ITEM(item, 4, PyFloat_FromDouble(bottom - top));
        PyTuple_SET_ITEM(item, 5, Py_NewRef(PyList_GET_ITEM(texts, i)));
        PyTuple_SET_ITEM(item, 6, Py_NewRef(PyList_GET_ITEM(fontnames, r)));
        PyTuple_SET_ITEM(item, 7, Py_NewRef(PyList_GET_ITEM(colors, r)));
        PyTuple_SET_ITEM(item, 8, Py_NewRef(PyList_GET_ITEM(uprights, r)));
        PyTuple_SET_ITEM(item, 9, Py_NewRef(PyList_GET_ITEM(shown, r)));
        PyTuple_SET_ITEM(item, 10, Py_XNewRef(top_object)); /* the same float as its top, as zip(tops, ..., tops) hands back */
        PyList_SET_ITEM(result, i, item);
        for (int k = 0; k < 5; k++)
            if (!PyTuple_GET_ITEM(item, k)) goto failed;
    }
    goto done;
failed:
    Py_CLEAR(result);
    goto done;
fallback:
    result = Py_NewRef(Py_None);
done:
    if (have_xs) PyBuffer_Release(&xs_view);
    if (have_ys) PyBuffer_Release(&ys_view);
    if (have_per_size) PyBuffer_Release(&per_size_view);
    if (have_advance) PyBuffer_Release(&advance_view);
    PyMem_Free(run_values);
    return result;
}

static PyMethodDef methods[] = {{"boxes", boxes, METH_VARARGS, "A page's glyphs boxed into character tuples (see the file's comment)."},
                                {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "char_boxes", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_char_boxes(void) { return PyModule_Create(&module); }
